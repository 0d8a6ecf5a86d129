# dyad event dictionary: CAMEO root 05 (ENGAGE IN DIPLOMATIC COOPERATION)
# Format: data/events/FORMAT.md. One pattern per line: CODE  TRIGGER  ARGUMENTS...
@format 1
@version 0.1.0

## 050 Engage in diplomatic cooperation, not specified below
050  v:cooperate  with@target
050  v:collaborate  with@target
050  v:partner  with@target
050  v:coordinate  with@target
050  v:ally  with@target
050  v:work  with@target
050  v:work+together  !mutual
050  v:join  obj=force  with@target
050  v:team+up  with@target
050  v:restore  obj=tie|relation|relationship|cooperation  with@target
050  v:normalize  obj=tie|relation|relationship|cooperation  with@target
050  v:normalise  obj=tie|relation|relationship|cooperation  with@target
050  v:improve  obj=tie|relation|relationship|cooperation  with@target
050  v:strengthen  obj=tie|relation|relationship|cooperation  with@target
050  v:deepen  obj=tie|relation|relationship|cooperation  with@target
050  v:boost  obj=tie|relation|relationship|cooperation  with@target
050  v:upgrade  obj=tie|relation|relationship|cooperation  with@target
050  v:mend  obj=tie|relation|relationship|cooperation  with@target
050  v:repair  obj=tie|relation|relationship|cooperation  with@target
050  v:resume  obj=tie|relation|relationship|cooperation  with@target
050  v:warm  obj=tie|relation|relationship|cooperation  with@target
050  v:restore  obj=tie|relation|relationship  !mutual
050  v:normalize  obj=tie|relation|relationship  !mutual
050  v:normalise  obj=tie|relation|relationship  !mutual
050  v:reopen  obj=embassy|consulate|mission  in@target
050  v:appoint  obj=ambassador|envoy  to@target
050  v:name  obj=ambassador|envoy  to@target
050  v:nominate  obj=ambassador|envoy  to@target
050  v:send  obj=ambassador|envoy  to@target
050  v:exchange  obj=ambassador|envoy  with@target  !mutual
050  v:form  obj=coalition|bloc|partnership|alliance|front  with@target
050  v:build  obj=coalition|bloc|partnership|alliance|front  with@target
050  v:forge  obj=coalition|bloc|partnership|alliance|front  with@target
050  v:admit  obj@target  to|into=organization|organisation|union|bloc|alliance|club|group
050  v:welcome  obj@target  into|to=union|bloc|alliance|organization|organisation|fold
050  v:join  obj@target
050  v:invite  obj@target  xcomp=join
050  n:cooperation  with@target
050  n:cooperation  between@pair  !mutual
050  n:rapprochement  with@target
050  n:rapprochement  between@pair  !mutual
050  n:thaw  in=relation|tie  with@target
050  v:stand  by@target
050  v:vote  with@target

## 051 Praise or endorse
051  v:praise  obj@target
051  v:commend  obj@target
051  v:laud  obj@target
051  v:hail  obj@target
051  v:applaud  obj@target
051  v:endorse  obj@target
051  v:congratulate  obj@target
051  v:thank  obj@target
051  v:salute  obj@target
051  v:compliment  obj@target
051  v:extol  obj@target
051  v:champion  obj@target
051  v:acclaim  obj@target
051  v:praise  obj@target  for
051  v:commend  obj@target  for
051  v:laud  obj@target  for
051  v:hail  obj@target  for
051  v:applaud  obj@target  for
051  v:thank  obj@target  for
051  v:welcome  obj=decision|move|step|agreement|deal|release|announcement|proposal|initiative|effort|progress|commitment|election|outcome|result|plan|reform|role|contribution|support|leadership|statement|ceasefire|truce|resolution|report|offer|pledge|policy|remark|speech|visit|call|appeal|verdict|ruling|vote|accord|pact|treaty(poss@target)
051  v:praise  obj=decision|move|step|agreement|deal|release|announcement|proposal|initiative|effort|progress|commitment|election|outcome|result|plan|reform|role|contribution|support|leadership|statement|ceasefire|truce|resolution|report|offer|pledge|policy|remark|speech|visit|call|appeal|verdict|ruling|vote|accord|pact|treaty(poss@target)
051  v:hail  obj=decision|move|step|agreement|deal|release|announcement|proposal|initiative|effort|progress|commitment|election|outcome|result|plan|reform|role|contribution|support|leadership|statement|ceasefire|truce|resolution|report|offer|pledge|policy|remark|speech|visit|call|appeal|verdict|ruling|vote|accord|pact|treaty(poss@target)
051  v:applaud  obj=decision|move|step|agreement|deal|release|announcement|proposal|initiative|effort|progress|commitment|election|outcome|result|plan|reform|role|contribution|support|leadership|statement|ceasefire|truce|resolution|report|offer|pledge|policy|remark|speech|visit|call|appeal|verdict|ruling|vote|accord|pact|treaty(poss@target)
051  v:commend  obj=decision|move|step|agreement|deal|release|announcement|proposal|initiative|effort|progress|commitment|election|outcome|result|plan|reform|role|contribution|support|leadership|statement|ceasefire|truce|resolution|report|offer|pledge|policy|remark|speech|visit|call|appeal|verdict|ruling|vote|accord|pact|treaty(poss@target)
051  v:welcome  obj=decision|move|step|agreement|deal|release|announcement|proposal|initiative|effort|progress|commitment|election|outcome|plan|reform|result|statement|ceasefire|truce|resolution|report|offer|pledge|policy|verdict|ruling|vote|accord|pact|treaty|talk|dialogue|news
051  v:back  obj@target
051  v:support  obj@target
051  v:express  obj=support|backing  for@target
051  v:voice  obj=support|backing  for@target
051  v:declare  obj=support|backing  for@target
051  v:pledge  obj=support|backing  for@target
051  v:reaffirm  obj=support|backing  for@target
051  v:reiterate  obj=support|backing  for@target
051  v:express  obj=appreciation|gratitude|admiration|thanks  to|for@target
051  v:voice  obj=appreciation|gratitude|admiration|thanks  to|for@target
051  v:throw  obj=support|weight  behind@target
051  v:credit  obj@target  with|for
051  v:speak  advmod=highly  of@target
051  v:vote  for@target
051  v:give  obj=endorsement|nod|approval|blessing  to@target
051  v:give  iobj@target  obj=endorsement|nod|approval|blessing
051  v:win  obj=praise|endorsement|backing|support  from@source  nsubj@target
051  v:receive  obj=praise|endorsement|backing|support  from@source  nsubj@target
051  n:praise  for@target
051  n:support  for@target
051  n:endorsement  of@target
051  v:approve  obj=plan|proposal|decision|deal|agreement|budget(poss@target)
051  v:cheer  obj@target

## 052 Defend verbally
052  v:defend  obj@target
052  v:stand+up  for@target
052  v:speak+up  for@target
052  v:stick+up  for@target
052  v:stand  by@target  against=criticism|accusation|allegation|charge
052  v:come  to=defense|defence(poss@target)
052  v:rise  to=defense|defence(poss@target)
052  v:leap  to=defense|defence(poss@target)
052  v:justify  obj=action|decision|attack|policy|move|operation|conduct|strike|response(poss@target)
052  v:defend  obj=action|decision|attack|policy|move|operation|conduct|strike|response(poss@target)
052  v:vouch  for@target
052  v:shield  obj@target  from=criticism|scrutiny|censure|blame
052  v:reject  obj=criticism|accusation|allegation|charge(of|against@target)
052  v:dismiss  obj=criticism|accusation|allegation|charge(of|against@target)
052  v:back  obj@target  against=criticism|accusation|allegation|charge
052  v:insist  on=innocence(poss@target)
052  v:protect  obj@target  from=criticism|censure|resolution
052  n:defense  of@target
052  n:defence  of@target

## 053 Rally support on behalf of
053  v:rally  obj=support|backing  for|behind@target
053  v:drum  obj=support|backing  for|behind@target
053  v:mobilize  obj=support|backing  for|behind@target
053  v:mobilise  obj=support|backing  for|behind@target
053  v:garner  obj=support|backing  for|behind@target
053  v:muster  obj=support|backing  for|behind@target
053  v:build  obj=support|backing  for|behind@target
053  v:seek  obj=support|backing  for|behind@target
053  v:canvass  obj=support|backing  for|behind@target
053  v:solicit  obj=support|backing  for|behind@target
053  v:lobby  for|on_behalf_of@target
053  v:campaign  for|on_behalf_of@target
053  v:rally  behind|around@target
053  v:rally  obj=support|ally|country|nation|member  behind|around@target
053  v:drum+up  obj=support  for@target
053  v:gather  obj=signature|support  for@target
053  v:urge  obj=support|backing  for@target
053  v:urge  xcomp=support|back|endorse(obj@target)
053  v:call  on=country|nation|member|state  xcomp=support|back(obj@target)
053  n:campaign  for|on_behalf_of@target
053  v:speak  on_behalf_of@target
053  v:advocate  for|on_behalf_of@target
053  v:fundraise  for@target
053  v:raise  obj=fund|money  for@target

## 054 Grant diplomatic recognition
054  v:recognize  obj@target
054  v:recognise  obj@target
054  v:recognize  obj@target  as=president|leader|government|state|representative|head|authority|ruler|leadership
054  v:recognise  obj@target  as=president|leader|government|state|representative|head|authority|ruler|leadership
054  v:acknowledge  obj@target  as=president|leader|government|state|representative|head|authority|ruler|leadership
054  v:accept  obj@target  as=president|leader|government|state|representative|head|authority|ruler|leadership
054  v:recognize  obj=independence|sovereignty|statehood|government|legitimacy|authority(poss@target)
054  v:recognise  obj=independence|sovereignty|statehood|government|legitimacy|authority(poss@target)
054  v:establish  obj=relation|tie(amod=diplomatic)  with@target
054  v:establish  obj=relation|tie(amod=diplomatic)  !mutual
054  v:accord  obj=recognition  to@target
054  v:extend  obj=recognition  to@target
054  v:grant  obj=recognition  to@target
054  v:give  obj=recognition  to@target
054  v:grant  iobj@target  obj=recognition
054  n:recognition  of@target
054  n:recognition  poss@source  of@target
054  v:accredit  obj@target
054  v:accept  obj=credential(poss@target)
054  v:receive  obj=credential  from@target
054  v:open  obj=relation|tie(amod=diplomatic)  with@target
054  v:upgrade  obj=mission|office|representation  to=embassy
054  v:hail  obj@target  as=president|leader
054  v:regard  obj@target  as=president|leader|government

## 055 Apologize
055  v:apologize  to@target
055  v:apologise  to@target
055  v:apologize  for
055  v:apologise  for
055  v:apologize  to@target  for
055  v:apologise  to@target  for
055  v:say  obj=sorry  to@target
055  v:express  obj=regret|remorse|contrition  to@target
055  v:voice  obj=regret|remorse|contrition  to@target
055  v:express  obj=regret|remorse|contrition  for|over=death|killing|incident|attack|strike|remark|error|mistake
055  v:voice  obj=regret|remorse|contrition  for|over=death|killing|incident|attack|strike|remark|error|mistake
055  v:offer  obj=apology  to@target
055  v:issue  obj=apology  to@target
055  v:make  obj=apology  to@target
055  v:extend  obj=apology  to@target
055  v:deliver  obj=apology  to@target
055  v:tender  obj=apology  to@target
055  v:offer  obj=apology
055  v:issue  obj=apology
055  v:make  obj=apology
055  v:offer  iobj@target  obj=apology
055  v:ask  obj@target  for=forgiveness|pardon
055  v:beg  obj=forgiveness|pardon
055  v:seek  obj=forgiveness|pardon  from@target
055  n:apology  to@target
055  n:apology  poss@source  to@target
055  v:atone  for
055  v:repent  for
055  v:regret  obj=death|killing|incident|remark|error|mistake

## 056 Forgive
056  v:forgive  obj@target
056  v:pardon  obj@target
056  v:absolve  obj@target
056  v:grant  obj=amnesty|pardon|clemency  to@target
056  v:offer  obj=amnesty|pardon|clemency  to@target
056  v:grant  iobj@target  obj=amnesty|pardon|clemency
056  v:accept  obj=apology(poss@target)
056  v:accept  obj=apology  from@target
056  v:bury  obj=hatchet  with@target  !mutual
056  v:reconcile  with@target  !mutual
056  v:commute  obj=sentence(poss@target)
056  n:amnesty  for@target
056  v:declare  obj=amnesty  for@target
056  v:drop  obj=charge|case|claim  against@target
056  v:waive  obj=claim|demand  against@target

## 057 Sign formal agreement
057  v:sign  obj=agreement|deal|treaty|accord|pact|memorandum|protocol|contract|declaration|charter|convention|armistice|compact  with@target  !mutual
057  v:conclude  obj=agreement|deal|treaty|accord|pact|memorandum|protocol|contract|declaration|charter|convention|armistice|compact  with@target  !mutual
057  v:ink  obj=agreement|deal|treaty|accord|pact|memorandum|protocol|contract|declaration|charter|convention|armistice|compact  with@target  !mutual
057  v:seal  obj=agreement|deal|treaty|accord|pact|memorandum|protocol|contract|declaration|charter|convention|armistice|compact  with@target  !mutual
057  v:reach  obj=agreement|deal|treaty|accord|pact|memorandum|protocol|contract|declaration|charter|convention|armistice|compact  with@target  !mutual
057  v:strike  obj=agreement|deal|treaty|accord|pact|memorandum|protocol|contract|declaration|charter|convention|armistice|compact  with@target  !mutual
057  v:clinch  obj=agreement|deal|treaty|accord|pact|memorandum|protocol|contract|declaration|charter|convention|armistice|compact  with@target  !mutual
057  v:finalize  obj=agreement|deal|treaty|accord|pact|memorandum|protocol|contract|declaration|charter|convention|armistice|compact  with@target  !mutual
057  v:finalise  obj=agreement|deal|treaty|accord|pact|memorandum|protocol|contract|declaration|charter|convention|armistice|compact  with@target  !mutual
057  v:initial  obj=agreement|deal|treaty|accord|pact|memorandum|protocol|contract|declaration|charter|convention|armistice|compact  with@target  !mutual
057  v:sign  obj=agreement|deal|treaty|accord|pact|memorandum|protocol|contract|declaration|charter|convention|armistice|compact  !mutual
057  v:conclude  obj=agreement|deal|treaty|accord|pact|memorandum|protocol|contract|declaration|charter|convention|armistice|compact  !mutual
057  v:ink  obj=agreement|deal|treaty|accord|pact|memorandum|protocol|contract|declaration|charter|convention|armistice|compact  !mutual
057  v:seal  obj=agreement|deal|treaty|accord|pact|memorandum|protocol|contract|declaration|charter|convention|armistice|compact  !mutual
057  v:reach  obj=agreement|deal|treaty|accord|pact|memorandum|protocol|contract|declaration|charter|convention|armistice|compact  !mutual
057  v:strike  obj=agreement|deal|treaty|accord|pact|memorandum|protocol|contract|declaration|charter|convention|armistice|compact  !mutual
057  v:clinch  obj=agreement|deal|treaty|accord|pact|memorandum|protocol|contract|declaration|charter|convention|armistice|compact  !mutual
057  v:finalize  obj=agreement|deal|treaty|accord|pact|memorandum|protocol|contract|declaration|charter|convention|armistice|compact  !mutual
057  v:finalise  obj=agreement|deal|treaty|accord|pact|memorandum|protocol|contract|declaration|charter|convention|armistice|compact  !mutual
057  v:ratify  obj=treaty|agreement|accord|convention|protocol|pact  !mutual
057  v:approve  obj=treaty|agreement|accord|convention|protocol|pact  !mutual
057  v:endorse  obj=treaty|agreement|accord|convention|protocol|pact  !mutual
057  v:agree  on|upon=deal|agreement|text|framework|term|accord|roadmap|plan|pact|treaty|protocol|memorandum|package|compromise|charter|border|boundary  !mutual
057  v:agree  on|upon=deal|agreement|text|framework|term|accord|roadmap|plan|pact|treaty|protocol|memorandum|package|compromise|charter|border|boundary  with@target  !mutual
057  v:enter  into=agreement|pact|treaty|deal|accord  with@target  !mutual
057  v:accede  to=treaty|convention|protocol|agreement
057  v:join  obj=treaty|convention|agreement|accord|pact|protocol
057  v:sign+up  to=treaty|convention|deal|agreement|declaration
057  v:sign  obj=agreement|deal|treaty|accord|pact|memorandum|protocol|contract|declaration|charter|convention|armistice|compact  between@pair  !mutual
057  n:agreement  between@pair  !mutual
057  n:agreement  with@target  !mutual
057  n:deal  between@pair  !mutual
057  n:deal  with@target  !mutual
057  n:treaty  between@pair  !mutual
057  n:treaty  with@target  !mutual
057  n:accord  between@pair  !mutual
057  n:signing  of=agreement|deal|treaty|accord|pact|memorandum|protocol|contract|declaration|charter|convention|armistice|compact  with@target
057  v:agree  obj=deal|agreement|truce|accord|framework  with@target  !mutual

## Added after reading Wikinews news prose (2026-11-29): backing another actor's call or move
051  v:second  obj@target
051  v:second  nsubj@source
051  v:echo  obj=call|demand|appeal(poss@target)

## Added from the PLOVER development half (odd ids) and Wikinews verbs with no pattern (2026-11-29)
050  v:upgrade  obj=tie|relation|relationship  !mutual
050  v:improve  obj=tie|relation|relationship  !mutual
050  v:strengthen  obj=tie|relation|relationship  !mutual
050  v:deepen  obj=tie|relation|relationship  !mutual
050  v:mend  obj=tie|relation|relationship  !mutual
050  v:repair  obj=tie|relation|relationship  !mutual
050  v:resume  obj=tie|relation|relationship  !mutual
057  v:agree  to=deal|agreement|accord|pact|treaty|power-sharing  !mutual
057  v:agree  to=deal|agreement|accord|pact|treaty|power-sharing  with@target  !mutual
051  v:welcome  obj=decision|move|step|agreement|deal|release|announcement|proposal|initiative|effort|progress|commitment|election|outcome|result|plan|reform|role|contribution|support|leadership|statement|ceasefire|truce|resolution|report|offer|pledge|policy|remark|speech|visit|call|appeal|verdict|ruling|vote|accord|pact|treaty(by@target)
051  v:praise  obj=decision|move|step|agreement|deal|release|announcement|proposal|initiative|effort|progress|commitment|election|outcome|result|plan|reform|role|contribution|support|leadership|statement|ceasefire|truce|resolution|report|offer|pledge|policy|remark|speech|visit|call|appeal|verdict|ruling|vote|accord|pact|treaty(by@target)
