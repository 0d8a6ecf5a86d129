# dyad event dictionary: CAMEO root 10 (DEMAND)
# Format: data/events/FORMAT.md. One pattern per line: CODE  TRIGGER  ARGUMENTS...
@format 1
@version 0.1.0

## 100 Demand, not specified below
100  v:demand  ccomp=do|make|take|stop|end|give|pay|accept|comply(nsubj@target)
100  v:demand  obj=explanation|answer|apology|compensation|action|guarantee  from@target
100  v:demand  obj=explanation|answer|apology|compensation|action|guarantee
100  v:insist  ccomp=do|make|take|stop|end|give|pay|accept|comply(nsubj@target)
100  v:order  obj@target  xcomp
100  v:tell  obj@target  xcomp
100  v:require  obj@target  xcomp
100  v:warn  obj@target  xcomp
100  v:instruct  obj@target  xcomp
100  v:command  obj@target  xcomp
100  v:direct  obj@target  xcomp
100  v:summon  obj@target  xcomp
100  v:issue  obj=demand|list(of=demand)  to@target
100  v:make  obj=demand|list(of=demand)  to@target
100  v:present  obj=demand|list(of=demand)  to@target
100  v:deliver  obj=demand|list(of=demand)  to@target
100  v:send  obj=demand|list(of=demand)  to@target
100  v:make  obj=demand  of|on@target
100  v:renew  obj=demand
100  v:reiterate  obj=demand
100  v:repeat  obj=demand
100  v:press  obj=demand
100  n:demand  to|on|of@target
100  n:demand  poss@source  for|on@target
100  v:demand  obj=compliance|obedience  from@target
100  v:call  obj=demand

## 101 Demand material cooperation, not specified below
101  v:demand  ccomp=cooperate(on=project|infrastructure|energy|technology nsubj@target)
101  v:insist  ccomp=cooperate(on=project|infrastructure|energy|technology nsubj@target)
101  v:order  obj@target  xcomp=cooperate(on=project|infrastructure|energy|technology)
101  v:tell  obj@target  xcomp=cooperate(on=project|infrastructure|energy|technology)
101  v:demand  ccomp=pool(obj=resource nsubj@target)
101  v:demand  obj=cooperation(amod=material|practical)
101  v:insist  on=cooperation(amod=material|practical)
101  v:demand  obj=cooperation(amod=material|practical)  from@target
101  n:demand  for=cooperation(amod=material|practical)
101  v:demand  obj=project|venture(amod=joint)

## 1011 Demand economic cooperation
1011  v:demand  ccomp=trade(nsubj@target)
1011  v:insist  ccomp=trade(nsubj@target)
1011  v:order  obj@target  xcomp=trade
1011  v:tell  obj@target  xcomp=trade
1011  v:demand  ccomp=invest(nsubj@target)
1011  v:demand  ccomp=cooperate(advmod=economically nsubj@target)
1011  v:demand  ccomp=boost|expand(obj=trade|investment nsubj@target)
1011  v:demand  obj=trade|investment|commerce
1011  v:insist  on=trade|investment|commerce
1011  v:demand  obj=trade|investment|commerce  from@target
1011  n:demand  for=trade|investment|commerce
1011  v:demand  obj=cooperation|tie|partnership(amod=economic|commercial)
1011  v:demand  obj=agreement|deal|pact(compound=trade)

## 1012 Demand military cooperation
1012  v:demand  ccomp=cooperate(advmod=militarily nsubj@target)
1012  v:insist  ccomp=cooperate(advmod=militarily nsubj@target)
1012  v:order  obj@target  xcomp=cooperate(advmod=militarily)
1012  v:tell  obj@target  xcomp=cooperate(advmod=militarily)
1012  v:demand  ccomp=cooperate(on=defense|defence|security nsubj@target)
1012  v:demand  ccomp=hold|conduct(obj=exercise|drill(amod=joint) nsubj@target)
1012  v:demand  ccomp=form|join(obj=alliance|coalition nsubj@target)
1012  v:demand  obj=cooperation|tie|partnership(amod=military)
1012  v:insist  on=cooperation|tie|partnership(amod=military)
1012  v:demand  obj=cooperation|tie|partnership(amod=military)  from@target
1012  n:demand  for=cooperation|tie|partnership(amod=military)
1012  v:demand  obj=cooperation|partnership(compound=defense|defence|security)
1012  v:demand  obj=exercise|drill(amod=joint)
1012  v:demand  obj=alliance

## 1013 Demand judicial cooperation
1013  v:demand  ccomp=extradite(nsubj@target)
1013  v:insist  ccomp=extradite(nsubj@target)
1013  v:order  obj@target  xcomp=extradite
1013  v:tell  obj@target  xcomp=extradite
1013  v:demand  ccomp=cooperate(with=investigation|probe|court|tribunal|inquiry nsubj@target)
1013  v:demand  ccomp=surrender(obj=suspect|fugitive nsubj@target)
1013  v:demand  obj=extradition
1013  v:insist  on=extradition
1013  v:demand  obj=extradition  from@target
1013  n:demand  for=extradition
1013  v:demand  obj=cooperation|assistance(amod=judicial|legal)

## 1014 Demand intelligence cooperation
1014  v:demand  ccomp=share|exchange(obj=intelligence|information|data nsubj@target)
1014  v:insist  ccomp=share|exchange(obj=intelligence|information|data nsubj@target)
1014  v:order  obj@target  xcomp=share|exchange(obj=intelligence|information|data)
1014  v:tell  obj@target  xcomp=share|exchange(obj=intelligence|information|data)
1014  v:demand  obj=intelligence
1014  v:insist  on=intelligence
1014  v:demand  obj=intelligence  from@target
1014  n:demand  for=intelligence
1014  v:demand  obj=sharing|cooperation|exchange(compound=intelligence|information)

## 102 Demand diplomatic cooperation, such as policy support
102  v:demand  ccomp=support|back|endorse(obj=resolution|bid|candidacy|plan|proposal|initiative|position nsubj@target)
102  v:insist  ccomp=support|back|endorse(obj=resolution|bid|candidacy|plan|proposal|initiative|position nsubj@target)
102  v:order  obj@target  xcomp=support|back|endorse(obj=resolution|bid|candidacy|plan|proposal|initiative|position)
102  v:tell  obj@target  xcomp=support|back|endorse(obj=resolution|bid|candidacy|plan|proposal|initiative|position)
102  v:demand  ccomp=recognize|recognise(obj=government|state|independence nsubj@target)
102  v:demand  obj=support|backing(amod=diplomatic|political)
102  v:insist  on=support|backing(amod=diplomatic|political)
102  v:demand  obj=support|backing(amod=diplomatic|political)  from@target
102  n:demand  for=support|backing(amod=diplomatic|political)
102  v:demand  obj=endorsement|recognition
102  v:demand  obj=solidarity

## 103 Demand aid, protection, or peacekeeping
103  v:demand  ccomp=help|assist|aid(nsubj@target)
103  v:insist  ccomp=help|assist|aid(nsubj@target)
103  v:order  obj@target  xcomp=help|assist|aid
103  v:tell  obj@target  xcomp=help|assist|aid
103  v:demand  ccomp=provide|give|send|deliver(obj=aid|assistance|help nsubj@target)
103  v:demand  obj=aid|assistance|help
103  v:insist  on=aid|assistance|help
103  v:demand  obj=aid|assistance|help  from@target
103  n:demand  for=aid|assistance|help
103  v:demand  obj=support(amod=material)

## 1031 Demand economic aid
1031  v:demand  ccomp=lend|provide|give(obj=loan|credit|funding|money|cash|grant nsubj@target)
1031  v:insist  ccomp=lend|provide|give(obj=loan|credit|funding|money|cash|grant nsubj@target)
1031  v:order  obj@target  xcomp=lend|provide|give(obj=loan|credit|funding|money|cash|grant)
1031  v:tell  obj@target  xcomp=lend|provide|give(obj=loan|credit|funding|money|cash|grant)
1031  v:demand  ccomp=finance|fund(obj=project|reconstruction|budget|development nsubj@target)
1031  v:demand  ccomp=forgive|cancel|restructure(obj=debt nsubj@target)
1031  v:demand  obj=loan|credit|funding|bailout|grant|money|cash
1031  v:insist  on=loan|credit|funding|bailout|grant|money|cash
1031  v:demand  obj=loan|credit|funding|bailout|grant|money|cash  from@target
1031  n:demand  for=loan|credit|funding|bailout|grant|money|cash
1031  v:demand  obj=aid|assistance|support|help(amod=economic|financial|budgetary)
1031  v:demand  obj=relief(compound=debt)

## 1032 Demand military aid
1032  v:demand  ccomp=supply|supplies|provide|send|give|deliver(obj=weapon|arm|ammunition|munition|missile|tank|jet|drone|equipment nsubj@target)
1032  v:insist  ccomp=supply|supplies|provide|send|give|deliver(obj=weapon|arm|ammunition|munition|missile|tank|jet|drone|equipment nsubj@target)
1032  v:order  obj@target  xcomp=supply|supplies|provide|send|give|deliver(obj=weapon|arm|ammunition|munition|missile|tank|jet|drone|equipment)
1032  v:tell  obj@target  xcomp=supply|supplies|provide|send|give|deliver(obj=weapon|arm|ammunition|munition|missile|tank|jet|drone|equipment)
1032  v:demand  ccomp=arm(nsubj@target)
1032  v:demand  ccomp=train(obj=troop|troops|force|soldier|army|officer nsubj@target)
1032  v:demand  obj=weapon|arm|ammunition|munition|missile|tank|jet|drone
1032  v:insist  on=weapon|arm|ammunition|munition|missile|tank|jet|drone
1032  v:demand  obj=weapon|arm|ammunition|munition|missile|tank|jet|drone  from@target
1032  n:demand  for=weapon|arm|ammunition|munition|missile|tank|jet|drone
1032  v:demand  obj=aid|assistance|support|equipment(amod=military|lethal)

## 1033 Demand humanitarian aid
1033  v:demand  ccomp=provide|send|deliver|give|supply|supplies|distribute(obj=food|medicine|relief|shelter|supply|supplies|tent|vaccine nsubj@target)
1033  v:insist  ccomp=provide|send|deliver|give|supply|supplies|distribute(obj=food|medicine|relief|shelter|supply|supplies|tent|vaccine nsubj@target)
1033  v:order  obj@target  xcomp=provide|send|deliver|give|supply|supplies|distribute(obj=food|medicine|relief|shelter|supply|supplies|tent|vaccine)
1033  v:tell  obj@target  xcomp=provide|send|deliver|give|supply|supplies|distribute(obj=food|medicine|relief|shelter|supply|supplies|tent|vaccine)
1033  v:demand  ccomp=provide|send|deliver|give(obj=aid|assistance|help(amod=humanitarian|emergency) nsubj@target)
1033  v:demand  obj=food|medicine|relief|shelter|supply|supplies|vaccine
1033  v:insist  on=food|medicine|relief|shelter|supply|supplies|vaccine
1033  v:demand  obj=food|medicine|relief|shelter|supply|supplies|vaccine  from@target
1033  n:demand  for=food|medicine|relief|shelter|supply|supplies|vaccine
1033  v:demand  obj=aid|assistance|help|support(amod=humanitarian|emergency)
1033  v:demand  obj=aid(compound=disaster|emergency|food)

## 1034 Demand military protection or peacekeeping
1034  v:demand  ccomp=protect|defend(obj=civilian|population|people|border nsubj@target)
1034  v:insist  ccomp=protect|defend(obj=civilian|population|people|border nsubj@target)
1034  v:order  obj@target  xcomp=protect|defend(obj=civilian|population|people|border)
1034  v:tell  obj@target  xcomp=protect|defend(obj=civilian|population|people|border)
1034  v:demand  ccomp=deploy|send(obj=peacekeeper|mission nsubj@target)
1034  v:demand  ccomp=intervene(nsubj@target)
1034  v:demand  obj=peacekeeper|peacekeeping|protection
1034  v:insist  on=peacekeeper|peacekeeping|protection
1034  v:demand  obj=peacekeeper|peacekeeping|protection  from@target
1034  n:demand  for=peacekeeper|peacekeeping|protection
1034  v:demand  obj=force|mission|troop|troops(amod=peacekeeping|international|multinational)
1034  v:demand  obj=force|mission(compound=peacekeeping|protection|stabilization)

## 104 Demand political reform, not specified below
104  v:demand  ccomp=reform(nsubj@target)
104  v:insist  ccomp=reform(nsubj@target)
104  v:order  obj@target  xcomp=reform
104  v:tell  obj@target  xcomp=reform
104  v:demand  ccomp=implement|introduce|carry(obj=reform nsubj@target)
104  v:demand  ccomp=democratize|democratise(nsubj@target)
104  v:demand  obj=reform
104  v:insist  on=reform
104  v:demand  obj=reform  from@target
104  n:demand  for=reform
104  v:demand  obj=change(amod=political|democratic)
104  v:demand  obj=democratization|democratisation|liberalization

## 1041 Demand change in leadership
1041  v:demand  ccomp=resign|quit|abdicate(nsubj@target)
1041  v:insist  ccomp=resign|quit|abdicate(nsubj@target)
1041  v:order  obj@target  xcomp=resign|quit|abdicate
1041  v:tell  obj@target  xcomp=resign|quit|abdicate
1041  v:demand  ccomp=step(compound=down|aside nsubj@target)
1041  v:demand  ccomp=hold|call(obj=election(amod=early|new|snap|fresh) nsubj@target)
1041  v:demand  ccomp=leave|relinquish(obj=office|power nsubj@target)
1041  v:demand  obj=resignation|ouster|removal|departure|abdication
1041  v:insist  on=resignation|ouster|removal|departure|abdication
1041  v:demand  obj=resignation|ouster|removal|departure|abdication  from@target
1041  n:demand  for=resignation|ouster|removal|departure|abdication
1041  v:demand  obj=election(amod=early|snap|new|fresh)
1041  v:demand  obj=change(compound=leadership|government)

## 1042 Demand policy change
1042  v:demand  ccomp=change|reverse|rethink|reconsider|revise|abandon|drop|scrap(obj=policy|course|plan|decision|law|stance|position|program|programme nsubj@target)
1042  v:insist  ccomp=change|reverse|rethink|reconsider|revise|abandon|drop|scrap(obj=policy|course|plan|decision|law|stance|position|program|programme nsubj@target)
1042  v:order  obj@target  xcomp=change|reverse|rethink|reconsider|revise|abandon|drop|scrap(obj=policy|course|plan|decision|law|stance|position|program|programme)
1042  v:tell  obj@target  xcomp=change|reverse|rethink|reconsider|revise|abandon|drop|scrap(obj=policy|course|plan|decision|law|stance|position|program|programme)
1042  v:demand  obj=change|shift|reversal|rethink(compound=policy)
1042  v:insist  on=change|shift|reversal|rethink(compound=policy)
1042  v:demand  obj=change|shift|reversal|rethink(compound=policy)  from@target
1042  n:demand  for=change|shift|reversal|rethink(compound=policy)
1042  v:demand  obj=change(in=policy|course|approach)
1042  v:demand  obj=reversal|reconsideration|repeal(of=policy|decision|plan|law)

## 1043 Demand rights
1043  v:demand  ccomp=respect|protect|guarantee|uphold|restore(obj=right|freedom|liberty nsubj@target)
1043  v:insist  ccomp=respect|protect|guarantee|uphold|restore(obj=right|freedom|liberty nsubj@target)
1043  v:order  obj@target  xcomp=respect|protect|guarantee|uphold|restore(obj=right|freedom|liberty)
1043  v:tell  obj@target  xcomp=respect|protect|guarantee|uphold|restore(obj=right|freedom|liberty)
1043  v:demand  ccomp=allow|permit(obj=protest|demonstration|dissent|opposition nsubj@target)
1043  v:demand  obj=right|freedom|liberty
1043  v:insist  on=right|freedom|liberty
1043  v:demand  obj=right|freedom|liberty  from@target
1043  n:demand  for=right|freedom|liberty
1043  v:demand  obj=protection(of=right|freedom|minority)
1043  v:demand  obj=respect(for=right|freedom)

## 1044 Demand change in institutions, regime
1044  v:demand  ccomp=change|amend|rewrite|reform(obj=constitution|system|institution nsubj@target)
1044  v:insist  ccomp=change|amend|rewrite|reform(obj=constitution|system|institution nsubj@target)
1044  v:order  obj@target  xcomp=change|amend|rewrite|reform(obj=constitution|system|institution)
1044  v:tell  obj@target  xcomp=change|amend|rewrite|reform(obj=constitution|system|institution)
1044  v:demand  ccomp=hold(obj=referendum nsubj@target)
1044  v:demand  obj=change(compound=regime)
1044  v:insist  on=change(compound=regime)
1044  v:demand  obj=change(compound=regime)  from@target
1044  n:demand  for=change(compound=regime)
1044  v:demand  obj=reform(amod=constitutional|electoral|institutional|judicial)
1044  v:demand  obj=constitution(amod=new)
1044  v:demand  obj=referendum

## 105 Demand that target yields, not specified below
105  v:demand  ccomp=yield|compromise|concede(nsubj@target)
105  v:insist  ccomp=yield|compromise|concede(nsubj@target)
105  v:order  obj@target  xcomp=yield|compromise|concede
105  v:tell  obj@target  xcomp=yield|compromise|concede
105  v:demand  ccomp=make(obj=concession|compromise nsubj@target)
105  v:demand  ccomp=back(compound=down nsubj@target)
105  v:demand  obj=concession|compromise
105  v:insist  on=concession|compromise
105  v:demand  obj=concession|compromise  from@target
105  n:demand  for=concession|compromise

## 1051 Demand easing of administrative sanctions
1051  v:demand  ccomp=lift|end|ease|relax|rescind|revoke(obj=ban|restriction|curfew|emergency|decree|rule|order nsubj@target)
1051  v:insist  ccomp=lift|end|ease|relax|rescind|revoke(obj=ban|restriction|curfew|emergency|decree|rule|order nsubj@target)
1051  v:order  obj@target  xcomp=lift|end|ease|relax|rescind|revoke(obj=ban|restriction|curfew|emergency|decree|rule|order)
1051  v:tell  obj@target  xcomp=lift|end|ease|relax|rescind|revoke(obj=ban|restriction|curfew|emergency|decree|rule|order)
1051  v:demand  obj=lifting|easing|end|removal(of=ban|restriction|curfew|emergency|decree)
1051  v:insist  on=lifting|easing|end|removal(of=ban|restriction|curfew|emergency|decree)
1051  v:demand  obj=lifting|easing|end|removal(of=ban|restriction|curfew|emergency|decree)  from@target
1051  n:demand  for=lifting|easing|end|removal(of=ban|restriction|curfew|emergency|decree)

## 1052 Demand easing of popular dissent
1052  v:demand  ccomp=end|stop|halt|suspend|abandon(obj=protest|strike|demonstration|boycott|rally|sit-in|blockade nsubj@target)
1052  v:insist  ccomp=end|stop|halt|suspend|abandon(obj=protest|strike|demonstration|boycott|rally|sit-in|blockade nsubj@target)
1052  v:order  obj@target  xcomp=end|stop|halt|suspend|abandon(obj=protest|strike|demonstration|boycott|rally|sit-in|blockade)
1052  v:tell  obj@target  xcomp=end|stop|halt|suspend|abandon(obj=protest|strike|demonstration|boycott|rally|sit-in|blockade)
1052  v:demand  ccomp=call(compound=off obj=protest|strike|demonstration|boycott nsubj@target)
1052  v:demand  ccomp=remain|stay(xcomp=calm|peaceful nsubj@target)
1052  v:demand  obj=calm|restraint
1052  v:insist  on=calm|restraint
1052  v:demand  obj=calm|restraint  from@target
1052  n:demand  for=calm|restraint
1052  v:demand  obj=end(of=protest|strike|demonstration|boycott|unrest)

## 1053 Demand release of persons or property
1053  v:demand  ccomp=release|free(nsubj@target)
1053  v:insist  ccomp=release|free(nsubj@target)
1053  v:order  obj@target  xcomp=release|free
1053  v:tell  obj@target  xcomp=release|free
1053  v:demand  ccomp=return(obj=property|asset|land|body|remains nsubj@target)
1053  v:demand  obj=release(of=prisoner|hostage|detainee|captive|journalist|activist|dissident)
1053  v:insist  on=release(of=prisoner|hostage|detainee|captive|journalist|activist|dissident)
1053  v:demand  obj=release(of=prisoner|hostage|detainee|captive|journalist|activist|dissident)  from@target
1053  n:demand  for=release(of=prisoner|hostage|detainee|captive|journalist|activist|dissident)
1053  v:demand  obj=release
1053  v:demand  obj=freedom(of=prisoner|hostage|detainee)

## 1054 Demand easing of economic sanctions, boycott, or embargo
1054  v:demand  ccomp=lift|ease|end|remove|relax|suspend(obj=sanction|embargo|boycott|tariff nsubj@target)
1054  v:insist  ccomp=lift|ease|end|remove|relax|suspend(obj=sanction|embargo|boycott|tariff nsubj@target)
1054  v:order  obj@target  xcomp=lift|ease|end|remove|relax|suspend(obj=sanction|embargo|boycott|tariff)
1054  v:tell  obj@target  xcomp=lift|ease|end|remove|relax|suspend(obj=sanction|embargo|boycott|tariff)
1054  v:demand  obj=lifting|easing|removal|end|suspension(of=sanction|embargo|boycott|tariff)
1054  v:insist  on=lifting|easing|removal|end|suspension(of=sanction|embargo|boycott|tariff)
1054  v:demand  obj=lifting|easing|removal|end|suspension(of=sanction|embargo|boycott|tariff)  from@target
1054  n:demand  for=lifting|easing|removal|end|suspension(of=sanction|embargo|boycott|tariff)
1054  v:demand  obj=relief(compound=sanction)

## 1055 Demand that target allows international involvement (non-mediation)
1055  v:demand  ccomp=allow|permit|grant(obj=access nsubj@target)
1055  v:insist  ccomp=allow|permit|grant(obj=access nsubj@target)
1055  v:order  obj@target  xcomp=allow|permit|grant(obj=access)
1055  v:tell  obj@target  xcomp=allow|permit|grant(obj=access)
1055  v:demand  ccomp=allow|admit|accept|permit|let(obj=inspector|monitor|observer|investigator|mission|expert nsubj@target)
1055  v:demand  ccomp=cooperate(with=inspector|monitor|mission|investigator nsubj@target)
1055  v:demand  obj=access(amod=unfettered|unhindered|full|unrestricted)
1055  v:insist  on=access(amod=unfettered|unhindered|full|unrestricted)
1055  v:demand  obj=access(amod=unfettered|unhindered|full|unrestricted)  from@target
1055  n:demand  for=access(amod=unfettered|unhindered|full|unrestricted)
1055  v:demand  obj=entry(of=inspector|monitor|observer|investigator)

## 1056 Demand de-escalation of military engagement
1056  v:demand  ccomp=withdraw|pull(obj=troop|troops|force|soldier|army nsubj@target)
1056  v:insist  ccomp=withdraw|pull(obj=troop|troops|force|soldier|army nsubj@target)
1056  v:order  obj@target  xcomp=withdraw|pull(obj=troop|troops|force|soldier|army)
1056  v:tell  obj@target  xcomp=withdraw|pull(obj=troop|troops|force|soldier|army)
1056  v:demand  ccomp=de-escalate(nsubj@target)
1056  v:demand  ccomp=end|stop|halt|cease(obj=fighting|hostility|attack|offensive|bombing|shelling|violence|war|operation nsubj@target)
1056  v:demand  ccomp=observe|respect|declare|accept(obj=ceasefire|truce|cease-fire nsubj@target)
1056  v:demand  ccomp=exercise|show(obj=restraint nsubj@target)
1056  v:demand  obj=ceasefire|truce|cease-fire|armistice
1056  v:insist  on=ceasefire|truce|cease-fire|armistice
1056  v:demand  obj=ceasefire|truce|cease-fire|armistice  from@target
1056  n:demand  for=ceasefire|truce|cease-fire|armistice
1056  v:demand  obj=de-escalation|restraint|withdrawal
1056  v:demand  obj=end(of=fighting|hostility|violence|war|attack|offensive|bombing)

## 106 Demand meeting, negotiation
106  v:demand  ccomp=negotiate|talk|meet(nsubj@target)
106  v:insist  ccomp=negotiate|talk|meet(nsubj@target)
106  v:order  obj@target  xcomp=negotiate|talk|meet
106  v:tell  obj@target  xcomp=negotiate|talk|meet
106  v:demand  ccomp=return|go|come|get(to=table|talk|negotiation|dialogue nsubj@target)
106  v:demand  ccomp=resume|restart|reopen|hold|open|start|begin|enter(obj=talk|negotiation|dialogue|discussion nsubj@target)
106  v:demand  ccomp=sit(compound=down nsubj@target)
106  v:demand  ccomp=engage(in=dialogue|talk|negotiation nsubj@target)
106  v:demand  obj=talk|negotiation|dialogue|meeting|summit|discussion
106  v:insist  on=talk|negotiation|dialogue|meeting|summit|discussion
106  v:demand  obj=talk|negotiation|dialogue|meeting|summit|discussion  from@target
106  n:demand  for=talk|negotiation|dialogue|meeting|summit|discussion
106  v:demand  obj=resumption(of=talk|negotiation|dialogue)
106  v:demand  obj=return(to=talk|negotiation|table|dialogue)

## 107 Demand settling of dispute
107  v:demand  ccomp=settle|resolve|end(obj=dispute|conflict|difference|crisis|row|standoff|feud nsubj@target)
107  v:insist  ccomp=settle|resolve|end(obj=dispute|conflict|difference|crisis|row|standoff|feud nsubj@target)
107  v:order  obj@target  xcomp=settle|resolve|end(obj=dispute|conflict|difference|crisis|row|standoff|feud)
107  v:tell  obj@target  xcomp=settle|resolve|end(obj=dispute|conflict|difference|crisis|row|standoff|feud)
107  v:demand  ccomp=find|reach|seek(obj=solution|settlement|compromise|resolution(amod=peaceful|political|diplomatic|negotiated) nsubj@target)
107  v:demand  ccomp=make(obj=peace nsubj@target)
107  v:demand  obj=settlement|resolution|solution(amod=peaceful|political|diplomatic|negotiated)
107  v:insist  on=settlement|resolution|solution(amod=peaceful|political|diplomatic|negotiated)
107  v:demand  obj=settlement|resolution|solution(amod=peaceful|political|diplomatic|negotiated)  from@target
107  n:demand  for=settlement|resolution|solution(amod=peaceful|political|diplomatic|negotiated)
107  v:demand  obj=settlement(of=dispute|conflict)
107  v:demand  obj=peace

## 108 Demand mediation
108  v:demand  ccomp=accept|allow(obj=mediation|mediator nsubj@target)
108  v:insist  ccomp=accept|allow(obj=mediation|mediator nsubj@target)
108  v:order  obj@target  xcomp=accept|allow(obj=mediation|mediator)
108  v:tell  obj@target  xcomp=accept|allow(obj=mediation|mediator)
108  v:demand  obj=mediation|mediator|arbitration
108  v:insist  on=mediation|mediator|arbitration
108  v:demand  obj=mediation|mediator|arbitration  from@target
108  n:demand  for=mediation|mediator|arbitration

## Added 2026-11-29 after the PLOVER gold sentences: a demand whose content no narrower
## pattern knows ("demanded that Hamas renounce ...", "demanded immediate elections").
100  v:demand  ccomp(nsubj@target)
100  v:demand  obj
100  v:demand  from@target
100  v:insist  on=demand|withdrawal|release|return|resignation
1041  v:demand  obj=resignation|ouster|removal|departure|election(amod=early|immediate|new|snap|fresh)
1043  v:demand  obj=autonomy|independence|right|freedom|equality

## Added from the PLOVER development half (odd ids) and Wikinews verbs with no pattern (2026-11-29)
100  v:issue  obj=declaration|statement|communique|call(acl=demand)
100  v:issue  obj=declaration|statement|communique|call(acl=demand(ccomp(nsubj@target)))
100  v:issue  obj=declaration|statement|communique|call(acl=demand(obj@target))

## Unrestricted forms of lemma lists whose nested restriction applies to every alternative (2026-11-29)
1041  v:demand  obj=resignation|ouster|removal|departure
