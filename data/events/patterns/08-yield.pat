# dyad event dictionary: CAMEO root 08 (YIELD)
# Format: data/events/FORMAT.md. One pattern per line: CODE  TRIGGER  ARGUMENTS...
@format 1
@version 0.1.0

## 080 Yield, not specified below
080  v:yield  to@target
080  v:give+in  to@target
080  v:give+in
080  v:back+down
080  v:back+down  on=demand|plan|threat|claim
080  v:concede  to@target
080  v:concede  obj=point|ground|defeat
080  v:bow  to=pressure|demand(poss@target)
080  v:bow  to=pressure|demand
080  v:cave+in  to=pressure|demand(poss@target)
080  v:cave+in
080  v:relent
080  v:capitulate  to@target
080  v:submit  to=demand|pressure|will(poss@target)
080  v:make  obj=concession  to@target
080  v:grant  obj=concession  to@target
080  v:make  obj=concession
080  v:give+up  obj=claim|demand|control|stake
080  v:accept  obj=demand|condition|term(poss@target)
080  v:meet  obj=demand|condition|term(poss@target)
080  v:grant  obj=demand|condition|term(poss@target)
080  v:agree  to=demand|condition|term(poss@target)
080  v:agree  to=demand|condition|term
080  v:comply  with=demand|order|request|ultimatum|resolution|ruling|deadline(poss@target)
080  v:comply  with=demand|order|request|ultimatum|resolution|ruling|deadline
080  v:heed  obj=call|demand|warning|appeal|request(poss@target)
080  v:accede  to=demand|request(poss@target)
080  v:relinquish  obj=claim|control
080  v:drop  obj=demand|objection|opposition|claim|veto
080  v:soften  obj=stance|position|demand
080  n:concession  to@target

## 081 Ease administrative sanctions, not specified below
081  v:lift  obj=restriction|measure|control|regulation|rule|ban
081  v:ease  obj=restriction|measure|control|regulation|rule|ban
081  v:relax  obj=restriction|measure|control|regulation|rule|ban
081  v:rescind  obj=restriction|measure|control|regulation|rule|ban
081  v:revoke  obj=restriction|measure|control|regulation|rule|ban
081  v:repeal  obj=restriction|measure|control|regulation|rule|ban
081  v:end  obj=restriction|measure|control|regulation|rule|ban
081  v:loosen  obj=restriction|measure|control|regulation|rule|ban
081  v:lift  obj=restriction|measure|control|ban  on@target
081  v:ease  obj=restriction|measure|control|ban  on@target
081  v:relax  obj=restriction|measure|control|ban  on@target
081  v:rescind  obj=restriction|measure|control|ban  on@target
081  v:end  obj=restriction|measure|control|ban  on@target
081  v:reopen  obj=school|office|business|mosque|church
081  v:restore  obj=license|licence|permit|accreditation|visa|passport(poss@target)
081  n:easing  of=restriction|measure|control
081  n:lifting  of=restriction|measure|control|ban

## 0811 Ease restrictions on political freedoms
0811  v:lift  obj=ban(on=protest|rally|gathering|demonstration|assembly|website|internet|media|newspaper|publication|broadcast)
0811  v:end  obj=ban(on=protest|rally|gathering|demonstration|assembly|website|internet|media|newspaper|publication|broadcast)
0811  v:restore  obj=internet|access|broadcast|freedom|service
0811  v:unblock  obj=website|internet|platform|app|site|access
0811  v:allow  obj=protest|rally|demonstration|march|gathering
0811  v:permit  obj=protest|rally|demonstration|march|gathering
0811  v:authorize  obj=protest|rally|demonstration|march|gathering
0811  v:authorise  obj=protest|rally|demonstration|march|gathering
0811  v:reopen  obj=newspaper|station|outlet|channel|paper|broadcaster
0811  v:relaunch  obj=newspaper|station|outlet|channel|paper|broadcaster
0811  v:end  obj=censorship|blackout
0811  v:ease  obj=censorship|blackout
0811  v:relax  obj=censorship|blackout
0811  v:lift  obj=censorship|blackout
0811  v:ease  obj=restriction(on=press|media|speech|assembly|protest|internet)
0811  v:relax  obj=restriction|control(on=press|media|speech|assembly|protest|internet)
0811  v:decriminalize  obj=protest|dissent|speech

## 0812 Ease ban on political parties or politicians
0812  v:lift  obj=ban@target(on=party|group|movement|opposition|candidate|politician|leader)
0812  v:end  obj=ban@target(on=party|group|movement|opposition|candidate|politician|leader)
0812  v:legalize  obj=party|group|movement|opposition|union@target
0812  v:legalise  obj=party|group|movement|opposition|union@target
0812  v:unban  obj=party|group|movement|opposition|union@target
0812  v:reinstate  obj=party|group|movement|opposition|union@target
0812  v:register  obj=party|group|movement|opposition|union@target
0812  v:recognize  obj=party|group|movement|opposition|union@target
0812  v:allow  obj=party|candidate|opposition|politician|leader@target  xcomp=run|contest|participate|compete|return
0812  v:reinstate  obj=candidate|lawmaker|politician|deputy|mayor|legislator@target
0812  v:restore  obj=right(amod=political)  to@target
0812  v:lift  obj=ban  on@target
0812  v:clear  obj=candidate|politician|leader@target  xcomp=run

## 0813 Ease curfew
0813  v:lift  obj=curfew
0813  v:ease  obj=curfew
0813  v:relax  obj=curfew
0813  v:end  obj=curfew
0813  v:shorten  obj=curfew
0813  v:suspend  obj=curfew
0813  n:lifting  of=curfew

## 0814 Ease state of emergency or martial law
0814  v:lift  obj=emergency|state(of=emergency|siege)
0814  v:end  obj=emergency|state(of=emergency|siege)
0814  v:revoke  obj=emergency|state(of=emergency|siege)
0814  v:rescind  obj=emergency|state(of=emergency|siege)
0814  v:lift  obj=law(amod=martial)
0814  v:end  obj=law(amod=martial)
0814  v:revoke  obj=law(amod=martial)
0814  v:end  obj=rule(amod=military|emergency|direct)
0814  v:withdraw  obj=decree(compound=emergency)
0814  n:lifting  of=emergency
0814  n:lifting  of=state(of=emergency)
0814  n:lifting  of=law(amod=martial)

## 082 Ease political dissent
082  v:end  obj=protest|strike|demonstration|boycott|sit-in|blockade|march|occupation
082  v:suspend  obj=protest|strike|demonstration|boycott|sit-in|blockade|march|occupation
082  v:halt  obj=protest|strike|demonstration|boycott|sit-in|blockade|march|occupation
082  v:stop  obj=protest|strike|demonstration|boycott|sit-in|blockade|march|occupation
082  v:abandon  obj=protest|strike|demonstration|boycott|sit-in|blockade|march|occupation
082  v:call+off  obj=protest|strike|demonstration|boycott|march|rally
082  v:return  to=work|class|classroom
082  v:end  obj=strike(compound=hunger)
082  v:suspend  obj=campaign(compound=protest)
082  v:disperse  advmod=peacefully
082  v:leave  obj=square|street|camp  advmod=peacefully
082  v:lift  obj=blockade|barricade(compound=road)
082  v:remove  obj=barricade|roadblock
082  v:dismantle  obj=barricade|roadblock|camp|encampment
082  v:go  advmod=home
082  v:accept  obj=offer|deal  xcomp=end(obj=strike|protest)

## 083 Accede to requests or demands for political reform not specified below
083  v:accept  obj=reform
083  v:implement  obj=reform
083  v:enact  obj=reform
083  v:introduce  obj=reform
083  v:adopt  obj=reform
083  v:pass  obj=reform
083  v:accede  to=demand|request|call(for=reform)
083  v:bow  to=demand|pressure|call(for=reform)
083  v:announce  obj=reform(amod=political|democratic)
083  v:unveil  obj=reform(amod=political|democratic)
083  v:approve  obj=reform|package(compound=reform)

## 0831 Accede to demands for change in leadership
0831  v:resign
0831  v:resign  as|from=president|minister|leader|prime|premier|chief|head|chairman|governor|mayor|post|office|position|government|cabinet
0831  v:step+down
0831  v:step+down  as=president|minister|leader|chief|head|chairman|governor
0831  v:step+aside
0831  v:quit  obj=post|office|job|position|presidency|premiership|government|cabinet
0831  v:quit  as=president|minister|leader|chief|head|chairman|governor
0831  v:abdicate
0831  v:hand+over  obj=power|presidency|control  to@target
0831  v:cede  obj=power|presidency
0831  v:relinquish  obj=power|post|office|presidency
0831  v:leave  obj=office|power
0831  v:call  obj=election(amod=early|snap)
0831  v:announce  obj=resignation
0831  v:tender  obj=resignation
0831  v:submit  obj=resignation
0831  v:offer  obj=resignation
0831  v:hand  obj=resignation
0831  n:resignation  poss@source
0831  v:transfer  obj=power  to@target
0831  v:agree  xcomp=step(compound=down)

## 0832 Accede to demands for change in policy
0832  v:back+down  on=plan|policy|decision|proposal|law|bill|reform
0832  v:reverse  obj=plan|policy|decision|law|bill|proposal|decree|hike|increase|tax|project|order|measure
0832  v:scrap  obj=plan|policy|decision|law|bill|proposal|decree|hike|increase|tax|project|order|measure
0832  v:drop  obj=plan|policy|decision|law|bill|proposal|decree|hike|increase|tax|project|order|measure
0832  v:abandon  obj=plan|policy|decision|law|bill|proposal|decree|hike|increase|tax|project|order|measure
0832  v:withdraw  obj=plan|policy|decision|law|bill|proposal|decree|hike|increase|tax|project|order|measure
0832  v:revoke  obj=plan|policy|decision|law|bill|proposal|decree|hike|increase|tax|project|order|measure
0832  v:suspend  obj=plan|policy|decision|law|bill|proposal|decree|hike|increase|tax|project|order|measure
0832  v:shelve  obj=plan|policy|decision|law|bill|proposal|decree|hike|increase|tax|project|order|measure
0832  v:rescind  obj=plan|policy|decision|law|bill|proposal|decree|hike|increase|tax|project|order|measure
0832  v:overturn  obj=plan|policy|decision|law|bill|proposal|decree|hike|increase|tax|project|order|measure
0832  v:cancel  obj=plan|policy|decision|law|bill|proposal|decree|hike|increase|tax|project|order|measure
0832  v:change  obj=policy|course|approach|stance
0832  v:alter  obj=policy|course|approach|stance
0832  n:reversal  of=policy|decision|plan
0832  n:u-turn  on=policy|plan|decision
0832  v:do  obj=u-turn  on=policy|plan|decision
0832  v:bow  to=pressure|demand  xcomp=drop|scrap|reverse
0832  v:reconsider  obj=decision|policy|plan

## 0833 Accede to demands for rights
0833  v:grant  obj=right|autonomy|freedom|citizenship|suffrage|status|liberty  to@target
0833  v:extend  obj=right|autonomy|freedom|citizenship|suffrage|status|liberty  to@target
0833  v:restore  obj=right|autonomy|freedom|citizenship|suffrage|status|liberty  to@target
0833  v:give  obj=right|autonomy|freedom|citizenship|suffrage|status|liberty  to@target
0833  v:restore  obj=right|citizenship|autonomy(poss@target)
0833  v:recognize  obj=right|citizenship|autonomy(poss@target)
0833  v:recognise  obj=right|citizenship|autonomy(poss@target)
0833  v:respect  obj=right|citizenship|autonomy(poss@target)
0833  v:allow  obj@target  xcomp=vote|worship|assemble|travel|organize|organise|protest|study|work
0833  v:grant  iobj@target  obj=right|autonomy|freedom|citizenship|suffrage
0833  v:legalize  obj=marriage|union|worship
0833  v:enfranchise  obj@target
0833  v:emancipate  obj@target

## 0834 Accede to demands for change in institutions, regime
0834  v:adopt  obj=constitution|amendment
0834  v:approve  obj=constitution|amendment
0834  v:pass  obj=constitution|amendment
0834  v:enact  obj=constitution|amendment
0834  v:ratify  obj=constitution|amendment
0834  v:adopt  obj=reform(amod=constitutional|electoral)
0834  v:approve  obj=reform(amod=constitutional|electoral)
0834  v:pass  obj=reform(amod=constitutional|electoral)
0834  v:enact  obj=reform(amod=constitutional|electoral)
0834  v:amend  obj=constitution|charter|law(amod=electoral)
0834  v:rewrite  obj=constitution|charter|law(amod=electoral)
0834  v:change  obj=constitution|charter|law(amod=electoral)
0834  v:revise  obj=constitution|charter|law(amod=electoral)
0834  v:hold  obj=referendum|plebiscite
0834  v:dissolve  obj=parliament|assembly|council|court|commission|senate|monarchy|agency|militia
0834  v:abolish  obj=parliament|assembly|council|court|commission|senate|monarchy|agency|militia
0834  v:disband  obj=parliament|assembly|council|court|commission|senate|monarchy|agency|militia
0834  v:create  obj=commission|council|body|court|institution|authority(amod=independent|electoral|anti-corruption|truth)
0834  v:establish  obj=commission|council|body|court|institution|authority(amod=independent|electoral|anti-corruption|truth)
0834  v:set  obj=commission|council|body|court|institution|authority(amod=independent|electoral|anti-corruption|truth)
0834  v:set+up  obj=commission|council|body|court|institution|authority(amod=independent|electoral|anti-corruption|truth)
0834  v:restore  obj=democracy|parliament|constitution|rule(amod=civilian)
0834  v:hand+over  obj=power  to=government|rule(amod=civilian)

## 084 Return, release, not specified below
084  v:return  obj  to@target
084  v:hand+back  obj  to@target
084  v:give+back  obj  to@target
084  v:return  iobj@target  obj
084  v:release  obj  to@target
084  n:return  of  to@target
084  n:handover  of  to@target

## 0841 Return, release person(s)
0841  v:release  obj@target
0841  v:free  obj@target
0841  v:release  obj=prisoner|hostage|detainee|captive|journalist|activist|soldier|crew|sailor|fisherman|national|citizen|dissident|inmate|worker|opposition|leader|politician|student@target
0841  v:free  obj=prisoner|hostage|detainee|captive|journalist|activist|soldier|crew|sailor|fisherman|national|citizen|dissident|inmate|worker|opposition|leader|politician|student@target
0841  v:set  obj@target  xcomp=free
0841  v:let  obj@target  xcomp=go
0841  v:hand+over  obj=hostage|prisoner|captive|detainee  to@target
0841  v:swap  obj=prisoner|captive|detainee|hostage  with@target  !mutual
0841  v:exchange  obj=prisoner|captive|detainee|hostage  with@target  !mutual
0841  v:trade  obj=prisoner|captive|detainee|hostage  with@target  !mutual
0841  v:swap  obj=prisoner|captive|detainee|hostage@target  !mutual
0841  v:exchange  obj=prisoner|captive|detainee|hostage@target  !mutual
0841  v:repatriate  obj=prisoner|soldier|citizen|national|detainee|fisherman@target
0841  v:release  obj@target  on=bail|parole
0841  v:parole  obj@target
0841  v:discharge  obj=detainee|prisoner@target
0841  n:release  of@target
0841  n:swap  compound=prisoner  with@target  !mutual
0841  n:exchange  of=prisoner|captive|detainee  between@pair  !mutual
0841  v:unshackle  obj@target

## 0842 Return, release property
0842  v:return  obj=property|land|asset|territory|fund|artifact|artefact|relic|ship|vessel|tanker|cargo|aircraft|plane|farm|building|document|remains|body  to@target
0842  v:restore  obj=property|land|asset|territory|fund|artifact|artefact|relic|ship|vessel|tanker|cargo|aircraft|plane|farm|building|document|remains|body  to@target
0842  v:return  obj=property|land|asset|territory|fund|artifact|artefact|relic|ship|vessel|tanker|cargo|aircraft|plane|farm|building|document|remains|body
0842  v:hand+back  obj=property|land|asset|territory|fund|artifact|artefact|relic|ship|vessel|tanker|cargo|aircraft|plane|farm|building|document|remains|body  to@target
0842  v:give+back  obj=property|land|asset|territory|fund|artifact|artefact|relic|ship|vessel|tanker|cargo|aircraft|plane|farm|building|document|remains|body  to@target
0842  v:release  obj=ship|vessel|tanker|cargo|shipment|aircraft|plane|fund|asset|remains|body
0842  v:repatriate  obj=fund|artifact|artefact|asset|remains|body|treasure
0842  v:cede  obj=territory|land|island|control|region|area  to@target
0842  v:compensate  obj@target  for=property|land|asset|loss
0842  n:return  of=property|land|asset|territory|fund|artifact|artefact|relic|ship|vessel|tanker|cargo|aircraft|plane|farm|building|document|remains|body  to@target

## 085 Ease economic sanctions, boycott, embargo
085  v:lift  obj=sanction|embargo|boycott  on|against@target
085  v:ease  obj=sanction|embargo|boycott  on|against@target
085  v:suspend  obj=sanction|embargo|boycott  on|against@target
085  v:relax  obj=sanction|embargo|boycott  on|against@target
085  v:remove  obj=sanction|embargo|boycott  on|against@target
085  v:end  obj=sanction|embargo|boycott  on|against@target
085  v:waive  obj=sanction|embargo|boycott  on|against@target
085  v:scrap  obj=sanction|embargo|boycott  on|against@target
085  v:lift  obj=sanction|embargo|boycott
085  v:ease  obj=sanction|embargo|boycott
085  v:suspend  obj=sanction|embargo|boycott
085  v:relax  obj=sanction|embargo|boycott
085  v:remove  obj=sanction|embargo|boycott
085  v:end  obj=sanction|embargo|boycott
085  v:waive  obj=sanction|embargo|boycott
085  v:unfreeze  obj=asset|account|fund|reserve(poss@target)
085  v:release  obj=asset|account|fund|reserve(poss@target)
085  v:unfreeze  obj=asset|account|fund|reserve
085  v:grant  obj=waiver|exemption|license|licence(compound=sanction)  to@target
085  v:grant  obj=waiver|exemption|license|licence  from=sanction
085  v:remove  obj@target  from=list|blacklist
085  v:delist  obj@target
085  v:resume  obj=trade|export|import|flight|shipment|sale  with|to@target
085  v:restore  obj=trade|export|import|flight|shipment|sale  with|to@target
085  n:relief  compound=sanction
085  n:lifting  of=sanction|embargo|boycott  on|against@target
085  n:easing  of=sanction|embargo
085  v:roll+back  obj=sanction|tariff|embargo
085  v:exempt  obj@target  from=sanction|tariff|embargo

## 086 Allow international involvement not specified below
086  v:allow  obj=observer|monitor|mission|investigator|expert|rapporteur|journalist@target(amod=international|foreign|independent)
086  v:permit  obj=observer|monitor|mission|investigator|expert|rapporteur|journalist@target(amod=international|foreign|independent)
086  v:accept  obj=observer|monitor|mission|investigator|expert|rapporteur|journalist@target(amod=international|foreign|independent)
086  v:welcome  obj=observer|monitor|mission|investigator|expert|rapporteur|journalist@target(amod=international|foreign|independent)
086  v:admit  obj=observer|monitor|mission|investigator|expert|rapporteur|journalist@target(amod=international|foreign|independent)
086  v:invite  obj=observer|monitor|mission|investigator|expert|rapporteur|journalist@target(amod=international|foreign|independent)
086  v:allow  obj=observer|monitor|mission|investigator|rapporteur@target
086  v:permit  obj=observer|monitor|mission|investigator|rapporteur@target
086  v:accept  obj=observer|monitor|mission|investigator|rapporteur@target
086  v:welcome  obj=observer|monitor|mission|investigator|rapporteur@target
086  v:admit  obj=observer|monitor|mission|investigator|rapporteur@target
086  v:invite  obj=observer|monitor|mission|investigator|rapporteur@target
086  v:allow  obj=observer|monitor|journalist|investigator|rapporteur@target  xcomp=enter|visit|observe|monitor|travel|operate|investigate
086  v:grant  obj=access  to@target
086  v:give  obj=access  to@target
086  v:allow  obj=access  to@target
086  v:grant  obj=access
086  v:give  obj=access
086  v:allow  obj=access
086  v:accept  obj=involvement|presence|role@target(amod=international|foreign)
086  v:open  obj=door|border|country@target  to=observer|monitor|mission|investigator
086  v:agree  to=mission|presence|monitoring(amod=international|foreign)
086  v:host  obj=mission|observer|monitor|rapporteur@target
086  v:let  obj=observer|monitor|investigator|journalist@target  xcomp=enter|visit|in
086  v:issue  obj=visa  to=observer|monitor|investigator|journalist|rapporteur

## 0861 Receive deployment of peacekeepers
0861  v:accept  obj=force(amod=peacekeeping|international|multinational)
0861  v:welcome  obj=force(amod=peacekeeping|international|multinational)
0861  v:host  obj=force(amod=peacekeeping|international|multinational)
0861  v:receive  obj=force(amod=peacekeeping|international|multinational)
0861  v:accept  obj=mission|force@target(compound=peacekeeping)
0861  v:welcome  obj=mission|force@target(compound=peacekeeping)
0861  v:host  obj=mission|force@target(compound=peacekeeping)
0861  v:receive  obj=mission|force@target(compound=peacekeeping)
0861  v:accept  obj=peacekeeper|peacekeeping@target
0861  v:welcome  obj=peacekeeper|peacekeeping@target
0861  v:allow  obj=peacekeeper|peacekeeping@target
0861  v:agree  to=deployment|presence(of=peacekeeper|force|troop|troops|mission)
0861  v:allow  obj=deployment@target(of=peacekeeper|force|troop|troops|mission)
0861  v:accept  obj=deployment@target(of=peacekeeper|force|troop|troops|mission)
0861  v:consent  to=deployment|presence(of=peacekeeper|force|mission)

## 0862 Receive inspectors
0862  v:allow  obj=inspector|inspection@target
0862  v:admit  obj=inspector|inspection@target
0862  v:accept  obj=inspector|inspection@target
0862  v:welcome  obj=inspector|inspection@target
0862  v:receive  obj=inspector|inspection@target
0862  v:permit  obj=inspector|inspection@target
0862  v:invite  obj=inspector|inspection@target
0862  v:grant  obj=access  to=inspector
0862  v:allow  obj=inspector@target  xcomp=visit|enter|inspect|return|see|access
0862  v:open  obj=site|facility|plant|reactor@target  to=inspector|inspection
0862  v:submit  to=inspection|verification
0862  v:agree  to=inspection|verification
0862  v:resume  obj=cooperation@target  with=inspector|watchdog|agency
0862  n:inspection  of=site|facility|plant  by@source
0862  v:let  obj=inspector@target  xcomp=in|enter|return|visit

## 0863 Allow delivery of humanitarian aid
0863  v:allow  obj=aid|convoy|delivery|supply|supplies|truck|shipment|food|medicine|relief  xcomp=enter|pass|cross|reach|through
0863  v:permit  obj=aid|convoy|delivery|supply|supplies|truck|shipment|food|medicine|relief  xcomp=enter|pass|cross|reach|through
0863  v:let  obj=aid|convoy|delivery|supply|supplies|truck|shipment|food|medicine|relief  xcomp=enter|pass|cross|reach|through
0863  v:allow  obj=aid|convoy|delivery|supply|supplies|truck|shipment|food|medicine|relief
0863  v:permit  obj=aid|convoy|delivery|supply|supplies|truck|shipment|food|medicine|relief
0863  v:open  obj=corridor|route|crossing(amod=humanitarian)
0863  v:reopen  obj=corridor|route|crossing(amod=humanitarian)
0863  v:open  obj=corridor|route|crossing  for=aid|delivery|convoy|evacuation
0863  v:reopen  obj=corridor|route|crossing  for=aid|delivery|convoy|evacuation
0863  v:allow  obj=access(amod=humanitarian)
0863  v:grant  obj=access(amod=humanitarian)
0863  v:facilitate  obj=delivery|access(of=aid)
0863  v:facilitate  obj=delivery|access(amod=humanitarian)
0863  v:lift  obj=restriction|blockade  on=aid|delivery|food
0863  v:agree  to=corridor|pause(amod=humanitarian)
0863  n:corridor  amod=humanitarian

## 087 De-escalate military engagement
087  v:withdraw  obj=troop|troops|force|soldier|army|unit|contingent|battalion|brigade
087  v:pull  obj=troop|troops|force|soldier|army|unit|contingent|battalion|brigade
087  v:withdraw  obj=troop|troops|force|soldier|army|unit|contingent|battalion|brigade  from@target
087  v:pull  obj=troop|troops|force|soldier|army|unit|contingent|battalion|brigade  from@target
087  v:pull+back  obj=troop|troops|force|soldier|army|unit|contingent|battalion|brigade
087  v:pull+out  obj=troop|troops|force|soldier|army|unit|contingent|battalion|brigade
087  v:pull+back  from=front|position|border|line
087  v:de-escalate
087  v:deescalate
087  v:reduce  obj=presence|operation|force|deployment(amod=military)
087  v:scale  obj=presence|operation|force|deployment(amod=military)
087  v:cut  obj=presence|operation|force|deployment(amod=military)
087  v:scale+back  obj=operation|offensive|presence|deployment
087  v:scale+down  obj=operation|offensive|presence|deployment
087  v:halt  obj=offensive|operation|attack|strike|bombing|shelling|hostility|fighting|airstrike|raid|bombardment
087  v:stop  obj=offensive|operation|attack|strike|bombing|shelling|hostility|fighting|airstrike|raid|bombardment
087  v:suspend  obj=offensive|operation|attack|strike|bombing|shelling|hostility|fighting|airstrike|raid|bombardment
087  v:end  obj=offensive|operation|attack|strike|bombing|shelling|hostility|fighting|airstrike|raid|bombardment
087  v:pause  obj=offensive|operation|attack|strike|bombing|shelling|hostility|fighting|airstrike|raid|bombardment
087  v:cease  obj=offensive|operation|attack|strike|bombing|shelling|hostility|fighting|airstrike|raid|bombardment
087  v:halt  obj=offensive|operation|attack|strike|bombing|shelling|airstrike|raid  against|on@target
087  v:stop  obj=offensive|operation|attack|strike|bombing|shelling|airstrike|raid  against|on@target
087  v:suspend  obj=offensive|operation|attack|strike|bombing|shelling|airstrike|raid  against|on@target
087  v:end  obj=offensive|operation|attack|strike|bombing|shelling|airstrike|raid  against|on@target
087  v:lower  obj=tension|alert|readiness
087  v:ease  obj=tension
087  v:defuse  obj=tension|crisis|standoff
087  v:stand+down
087  n:withdrawal  of=troop|troops|force|soldier|army|unit|contingent|battalion|brigade
087  n:withdrawal  poss@source  from@target
087  n:de-escalation
087  v:move  obj=troop|troops|force|soldier|army|unit|contingent|battalion|brigade  advmod=away
087  v:dismantle  obj=checkpoint|outpost|base
087  v:return  obj=troop|troops|force|soldier|army|unit|contingent|battalion|brigade  to=base|barrack|barracks

## 0871 Declare truce, ceasefire
0871  v:declare  obj=ceasefire|truce|cease-fire|armistice
0871  v:announce  obj=ceasefire|truce|cease-fire|armistice
0871  v:observe  obj=ceasefire|truce|cease-fire|armistice
0871  v:accept  obj=ceasefire|truce|cease-fire|armistice
0871  v:call  obj=ceasefire|truce|cease-fire|armistice
0871  v:agree  obj=ceasefire|truce|cease-fire|armistice
0871  v:sign  obj=ceasefire|truce|cease-fire|armistice
0871  v:declare  obj=ceasefire|truce|cease-fire|armistice  with@target  !mutual
0871  v:announce  obj=ceasefire|truce|cease-fire|armistice  with@target  !mutual
0871  v:observe  obj=ceasefire|truce|cease-fire|armistice  with@target  !mutual
0871  v:accept  obj=ceasefire|truce|cease-fire|armistice  with@target  !mutual
0871  v:agree  obj=ceasefire|truce|cease-fire|armistice  with@target  !mutual
0871  v:sign  obj=ceasefire|truce|cease-fire|armistice  with@target  !mutual
0871  v:agree  to|on=ceasefire|truce|cease-fire|armistice  !mutual
0871  v:agree  to|on=ceasefire|truce|cease-fire|armistice  with@target  !mutual
0871  v:extend  obj=ceasefire|truce|cease-fire|armistice
0871  v:renew  obj=ceasefire|truce|cease-fire|armistice
0871  v:respect  obj=ceasefire|truce|cease-fire|armistice
0871  v:honor  obj=ceasefire|truce|cease-fire|armistice
0871  v:honour  obj=ceasefire|truce|cease-fire|armistice
0871  v:implement  obj=ceasefire|truce|cease-fire|armistice
0871  v:uphold  obj=ceasefire|truce|cease-fire|armistice
0871  v:cease  obj=fire
0871  v:hold  obj=fire
0871  n:ceasefire  between@pair  !mutual
0871  n:ceasefire  with@target  !mutual
0871  n:truce  between@pair  !mutual
0871  n:truce  with@target  !mutual
0871  v:halt  obj=fire|hostility  !mutual

## 0872 Ease military blockade
0872  v:lift  obj=blockade|siege  of|on@target
0872  v:ease  obj=blockade|siege  of|on@target
0872  v:end  obj=blockade|siege  of|on@target
0872  v:relax  obj=blockade|siege  of|on@target
0872  v:break  obj=blockade|siege  of|on@target
0872  v:lift  obj=blockade|siege
0872  v:ease  obj=blockade|siege
0872  v:end  obj=blockade|siege
0872  v:relax  obj=blockade|siege
0872  v:reopen  obj=port|border|airport|airspace|strait|road|harbor|harbour|lane
0872  v:open  obj=port|border|airport|airspace|strait|road|harbor|harbour|lane
0872  v:allow  obj=ship|vessel|flight|plane|aircraft  xcomp=pass|dock|land|leave|sail|transit
0872  n:lifting  of=blockade|siege
0872  v:unblock  obj=port|road|strait|border|crossing
0872  v:allow  obj=passage(amod=safe)

## 0873 Demobilize armed forces
0873  v:demobilize  obj=fighter|militia|force|unit|army|combatant|group|rebel|militant|paramilitary|guerrilla|child@target
0873  v:demobilise  obj=fighter|militia|force|unit|army|combatant|group|rebel|militant|paramilitary|guerrilla|child@target
0873  v:disarm  obj=fighter|militia|force|unit|army|combatant|group|rebel|militant|paramilitary|guerrilla|child@target
0873  v:disband  obj=fighter|militia|force|unit|army|combatant|group|rebel|militant|paramilitary|guerrilla|child@target
0873  v:disarm
0873  v:demobilize
0873  v:disband
0873  v:lay+down  obj=arm|weapon
0873  v:hand+over  obj=arm|weapon|ammunition
0873  v:hand+in  obj=arm|weapon|ammunition
0873  v:surrender  obj=weapon|arm|arsenal|stockpile|missile|warhead
0873  v:decommission  obj=weapon|arm|arsenal|stockpile|missile|warhead
0873  v:dismantle  obj=weapon|arm|arsenal|stockpile|missile|warhead
0873  v:destroy  obj=weapon|arm|arsenal|stockpile|missile|warhead
0873  v:dismantle  obj=program|programme|facility|militia|network@target
0873  v:reduce  obj=army|arsenal|stockpile|troop|troops|force|warhead@target
0873  v:cut  obj=army|arsenal|stockpile|troop|troops|force|warhead@target
0873  v:shrink  obj=army|arsenal|stockpile|troop|troops|force|warhead@target
0873  v:reintegrate  obj=fighter|combatant|rebel@target
0873  n:disarmament  of@target
0873  n:demobilization  of@target

## 0874 Retreat or surrender militarily
0874  v:retreat
0874  v:retreat  from@target
0874  v:surrender
0874  v:surrender  to@target
0874  v:withdraw  from=city|town|position|territory|area|region|village|province|base|frontline
0874  v:abandon  obj=position|post|base|town|city|stronghold|frontline
0874  v:give+up  obj=territory|town|city|position|fight|arm|weapon
0874  v:pull+out  of=city|town|region|area|territory|village|province
0874  v:evacuate  obj=base|position|garrison|outpost
0874  v:yield  obj=territory|ground|town|city
0874  v:fall+back
0874  n:surrender  poss@source
0874  n:surrender  of@source
0874  n:retreat  from@target
0874  v:lay+down  obj=arm|weapon  to|before@target
0874  v:concede  obj=defeat

## Added 2026-11-29 after the PLOVER gold sentences
0872  v:lift  obj=blockade|siege|closure
0872  v:ease  obj=blockade|siege|closure
0874  v:complete  obj=withdrawal|pullout|pull-out|retreat
080  v:concede  to=demand|pressure|call
081  v:cancel  obj=restriction|ban|curfew|measure

## Added from the PLOVER development half (odd ids) and Wikinews verbs with no pattern (2026-11-29)
0872  v:raise  obj=blockade|siege
0813  v:lift  obj=curfew  in|on@target
0814  v:ease  obj=measure|rule|regulation|restriction(amod=emergency)
0814  v:lift  obj=measure|rule|regulation|restriction(amod=emergency)
0814  v:relax  obj=measure|rule|regulation|restriction(amod=emergency)
0814  v:ease  obj=measure|rule|regulation|restriction(amod=emergency)  in@target
0814  v:lift  obj=measure|rule|regulation|restriction(amod=emergency)  in@target
0862  v:receive  obj=inspector|observer|monitor@target
0862  v:receive  obj=mission|team|delegation|group(of=inspector|observer|monitor)
0862  v:receive  obj=mission|team|delegation|group(of=inspector|observer|monitor)  from@target
0862  v:admit  obj=inspector|observer|monitor@target
0863  v:open  obj=bridge|border|crossing|corridor|route|checkpoint|port|road|airport  xcomp=allow|permit(obj=delivery|passage|transport|shipment|aid|convoy)
0863  v:open  obj=corridor|route(amod=humanitarian)
0863  v:reopen  obj=bridge|border|crossing|corridor|route|checkpoint|port|road|airport  xcomp=allow|permit(obj=delivery|passage|transport|shipment|aid|convoy)
0814  v:ease  obj=measure|rule|regulation|restriction(compound=emergency)
0814  v:lift  obj=measure|rule|regulation|restriction(compound=emergency)
0814  v:relax  obj=measure|rule|regulation|restriction(compound=emergency)
0814  v:ease  obj=measure|rule|regulation|restriction(compound=emergency)  in@target
0814  v:lift  obj=measure|rule|regulation|restriction(compound=emergency)  in@target
0873  v:hand  obj=arm|weapon|ammunition
0873  v:hand  obj=arm|weapon|ammunition  to@target

## Unrestricted forms of lemma lists whose nested restriction applies to every alternative (2026-11-29)
083  v:approve  obj=reform
