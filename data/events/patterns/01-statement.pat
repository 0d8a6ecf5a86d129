# dyad event dictionary: CAMEO root 01 (MAKE PUBLIC STATEMENT)
# Format: data/events/FORMAT.md. One pattern per line: CODE  TRIGGER  ARGUMENTS...
@format 1
@version 0.1.0

## 010 Make statement, not specified below
010  v:issue  obj=statement|communique|declaration
010  v:release  obj=statement|communique|declaration
010  v:make  obj=statement|communique|declaration
010  v:deliver  obj=statement|communique|declaration
010  v:publish  obj=statement|communique|declaration
010  v:issue  obj=statement|communique|declaration  on@target
010  v:release  obj=statement|communique|declaration  on@target
010  v:make  obj=statement|remark|comment|announcement  about|on@target
010  v:address  obj=assembly|parliament|congress|council|conference|summit|nation|session
010  v:comment  on@target
010  v:announce  obj=decision|plan|measure|result|policy
010  n:statement  by@source  on@target
010  n:statement  poss@source  on@target
010  v:brief  obj=reporter|journalist|press|media
010  v:hold  obj=conference(compound=press|news)
010  v:give  obj=interview|speech|address
010  v:deliver  obj=speech|address|message  to@target

## 011 Decline comment
011  v:decline  xcomp=comment|elaborate|discuss|confirm|respond|answer
011  v:refuse  xcomp=comment|elaborate|discuss|confirm|respond|answer
011  v:decline  obj=comment|request(for=comment)
011  v:remain  xcomp=silent|mum|tight-lipped
011  v:keep  obj=silence
011  v:stay  xcomp=silent
011  v:refuse  obj=comment
011  v:ignore  obj=request|question(for=comment)
011  a:unavailable  for=comment
011  v:respond  obj=request(for=comment)

## 012 Make pessimistic comment
012  v:express  obj=pessimism|doubt|skepticism|scepticism|fear|gloom|worry|concern
012  v:voice  obj=pessimism|doubt|skepticism|scepticism|fear|gloom|worry|concern
012  v:express  obj=concern|worry|doubt  about|over@target
012  v:voice  obj=concern|worry|doubt  about|over@target
012  v:warn  of=danger|risk|crisis|collapse|catastrophe|disaster|famine|recession|war
012  v:warn  ccomp
012  a:pessimistic  about@target
012  a:skeptical  of|about@target
012  a:doubtful  about@target
012  v:doubt  obj=prospect|chance|possibility|success|outcome
012  v:lament  obj=lack|failure|state|deadlock|stalemate|situation
012  v:bemoan  obj=lack|failure|state|deadlock|stalemate|situation
012  v:predict  obj=collapse|failure|crisis|war|escalation|recession
012  v:fear  ccomp
012  v:cast  obj=doubt  on@target
012  v:raise  obj=doubt|question  about|over@target
012  v:sound  obj=alarm  over|about@target

## 013 Make optimistic comment
013  v:express  obj=optimism|hope|confidence  about|over|in@target
013  v:voice  obj=optimism|hope|confidence  about|over|in@target
013  v:express  obj=optimism|hope|confidence
013  v:voice  obj=optimism|hope|confidence
013  a:optimistic  about@target
013  a:hopeful  about@target
013  a:confident  of|about|in@target
013  a:upbeat  about@target
013  v:predict  obj=breakthrough|success|recovery|progress|agreement|deal
013  v:expect  obj=breakthrough|progress|agreement|deal
013  v:hope  for=breakthrough|progress|agreement|deal|peace|solution
013  v:see  obj=progress|sign(of=progress)
013  v:hail  obj=progress|breakthrough

## 014 Consider policy option
014  v:consider  obj=option|proposal|plan|measure|offer|possibility|idea|move|response
014  v:weigh  obj=option|proposal|plan|measure|offer|possibility|idea|move|response
014  v:mull  obj=option|proposal|plan|measure|offer|possibility|idea|move|response
014  v:study  obj=option|proposal|plan|measure|offer|possibility|idea|move|response
014  v:review  obj=option|proposal|plan|measure|offer|possibility|idea|move|response
014  v:contemplate  obj=option|proposal|plan|measure|offer|possibility|idea|move|response
014  v:explore  obj=option|proposal|plan|measure|offer|possibility|idea|move|response
014  v:examine  obj=option|proposal|plan|measure|offer|possibility|idea|move|response
014  v:discuss  obj=option|proposal|plan|measure|offer|possibility|idea|move|response
014  v:debate  obj=option|proposal|plan|measure|offer|possibility|idea|move|response
014  v:consider  obj=sanction|measure|step|action|response  against@target
014  v:weigh  obj=sanction|measure|step|action|response  against@target
014  v:mull  obj=sanction|measure|step|action|response  against@target
014  v:consider  obj=request|offer|proposal|bid(poss@target)
014  v:weigh  obj=request|offer|proposal|bid(poss@target)
014  v:review  obj=relation|tie|policy|aid  with|toward|towards|to@target
014  v:reassess  obj=relation|tie|policy
014  v:keep  obj=option(amod=open)
014  v:rule+out  obj=option|possibility|action|intervention
014  v:leave  obj=option(amod=open)

## 015 Acknowledge or claim responsibility
015  v:claim  obj=responsibility|credit  for=attack|bombing|killing|abduction|kidnapping|operation|strike|assassination
015  v:claim  obj=responsibility|credit
015  v:acknowledge  obj=responsibility|blame|role|mistake|error|wrongdoing|guilt|involvement|failure|liability
015  v:admit  obj=responsibility|blame|role|mistake|error|wrongdoing|guilt|involvement|failure|liability
015  v:accept  obj=responsibility|blame|role|mistake|error|wrongdoing|guilt|involvement|failure|liability
015  v:take  obj=responsibility|blame|role|mistake|error|wrongdoing|guilt|involvement|failure|liability
015  v:own+up  to=mistake|error|role|involvement
015  v:confess  obj=crime|role|involvement|guilt|mistake
015  v:confess  to=crime|role|killing|attack|murder|involvement
015  v:plead  xcomp=guilty
015  v:admit  ccomp
015  v:acknowledge  ccomp
015  n:responsibility  for=attack|bombing|killing|abduction

## 016 Deny responsibility
016  v:deny  obj=responsibility|involvement|role|allegation|charge|accusation|claim|report|wrongdoing|link|guilt|knowledge|participation
016  v:deny  ccomp
016  v:deny  xcomp=have|be|carry|order|commit|take
016  v:reject  obj=allegation|accusation|charge|claim|report|suggestion|assertion(poss@target)
016  v:dismiss  obj=allegation|accusation|charge|claim|report|suggestion|assertion(poss@target)
016  v:rebuff  obj=allegation|accusation|charge|claim|report|suggestion|assertion(poss@target)
016  v:refute  obj=allegation|accusation|charge|claim|report|suggestion|assertion(poss@target)
016  v:dispute  obj=allegation|accusation|charge|claim|report|suggestion|assertion(poss@target)
016  v:deny  obj=allegation|accusation|charge|claim|report|suggestion|assertion(poss@target)
016  v:reject  obj=allegation|accusation|charge|claim|report
016  v:dismiss  obj=allegation|accusation|charge|claim|report
016  v:rebuff  obj=allegation|accusation|charge|claim|report
016  v:refute  obj=allegation|accusation|charge|claim|report
016  v:disavow  obj=attack|statement|remark|responsibility|group|action
016  v:distance  from=attack|statement|remark|decision|action|violence
016  v:plead  xcomp=guilty(advmod=not)
016  v:insist  on=innocence
016  v:maintain  obj=innocence
016  v:proclaim  obj=innocence
016  v:shift  obj=blame  to|onto@target
016  n:denial  of=involvement|responsibility|allegation|report|claim

## 017 Engage in symbolic act
017  v:lay  obj=wreath  at|to=memorial|grave|tomb|monument|cenotaph
017  v:place  obj=wreath  at|to=memorial|grave|tomb|monument|cenotaph
017  v:lay  obj=wreath
017  v:place  obj=wreath
017  v:observe  obj=silence|minute|moment
017  v:hold  obj=silence|minute|moment
017  v:light  obj=candle|flame|torch
017  v:hold  obj=vigil|ceremony|commemoration|memorial|service(amod=memorial)
017  v:organize  obj=vigil|ceremony|commemoration|memorial|service(amod=memorial)
017  v:organise  obj=vigil|ceremony|commemoration|memorial|service(amod=memorial)
017  v:commemorate  obj=anniversary|victim|day|event|death|massacre|genocide|independence
017  v:mark  obj=anniversary|victim|day|event|death|massacre|genocide|independence
017  v:honor  obj@target
017  v:honour  obj@target
017  v:pay  obj=tribute|homage|respect  to@target
017  v:attend  obj=funeral|ceremony|memorial|commemoration|inauguration|parade|celebration|coronation
017  v:unveil  obj=monument|memorial|statue|plaque|museum
017  v:dedicate  obj=monument|memorial|statue|plaque|museum
017  v:inaugurate  obj=monument|memorial|statue|plaque|museum
017  v:raise  obj=flag
017  v:hoist  obj=flag
017  v:fly  obj=flag
017  v:lower  obj=flag
017  v:award  obj=medal|prize|honor|honour|decoration|title  to@target
017  v:award  iobj@target  obj=medal|prize|honor|honour|decoration|title
017  v:bestow  obj=honor|honour|award|medal|title  on|upon@target
017  v:visit  obj=grave|tomb|memorial|shrine|monument|cemetery
017  v:plant  obj=tree
017  v:declare  obj=day|mourning(amod=national)
017  v:kneel  at=memorial|grave|monument

## 018 Make empathetic comment
018  v:express  obj=condolence|sympathy|sorrow|grief|solidarity  to|with@target
018  v:offer  obj=condolence|sympathy|sorrow|grief|solidarity  to|with@target
018  v:extend  obj=condolence|sympathy|sorrow|grief|solidarity  to|with@target
018  v:convey  obj=condolence|sympathy|sorrow|grief|solidarity  to|with@target
018  v:send  obj=condolence|sympathy|sorrow|grief|solidarity  to|with@target
018  v:express  obj=condolence|sympathy|sorrow|grief|solidarity
018  v:offer  obj=condolence|sympathy|sorrow|grief|solidarity
018  v:extend  obj=condolence|sympathy|sorrow|grief|solidarity
018  v:convey  obj=condolence|sympathy|sorrow|grief|solidarity
018  v:send  obj=condolence|sympathy|sorrow|grief|solidarity
018  v:sympathize  with@target
018  v:sympathise  with@target
018  v:commiserate  with@target
018  v:console  obj@target
018  v:comfort  obj@target
018  v:mourn  obj@target
018  v:grieve  with@target
018  v:stand  in=solidarity  with@target
018  n:condolence  to@target
018  n:sympathy  for@target
018  a:saddened  by=death|loss|news
018  v:express  obj=shock|sadness  at|over=death|loss|killing|disaster|attack|tragedy

## 019 Express accord
019  v:agree  with@target
019  v:concur  with@target
019  v:share  obj=view|concern|position|assessment|vision|goal|interest|belief  with@target
019  v:echo  obj=call|view|concern|position|remark|sentiment|criticism(poss@target)
019  v:side  with@target
019  v:align  with@target
019  v:see  obj=eye  with@target
019  v:express  obj=agreement|accord  with@target
019  v:reach  obj=consensus|understanding|convergence  with@target
019  v:find  obj=consensus|understanding|convergence  with@target
019  v:forge  obj=consensus|understanding|convergence  with@target
019  v:reach  obj=consensus|understanding
019  n:consensus  between@pair  !mutual
019  a:united  with@target
019  v:join  obj=call|chorus(poss@target)
019  v:support  obj=view|position|stance|assessment(poss@target)
019  v:endorse  obj=view|position|assessment|stance(poss@target)

## Unrestricted forms of lemma lists whose nested restriction applies to every alternative (2026-11-29)
017  v:hold  obj=vigil|ceremony|commemoration|memorial
017  v:organize  obj=vigil|ceremony|commemoration|memorial
017  v:organise  obj=vigil|ceremony|commemoration|memorial
