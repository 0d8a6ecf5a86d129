# dyad event dictionary: CAMEO root 17 (COERCE)
# Format: data/events/FORMAT.md. One pattern per line: CODE  TRIGGER  ARGUMENTS...
@format 1
@version 0.1.0

## 170 Coerce, not specified below
170  v:coerce  obj@target
170  v:force  obj@target
170  v:compel  obj@target
170  v:pressure  obj@target
170  v:bully  obj@target
170  v:blackmail  obj@target
170  v:strong-arm  obj@target
170  v:harass  obj@target
170  v:punish  obj@target
170  v:force  obj@target  xcomp
170  v:compel  obj@target  xcomp
170  v:pressure  obj@target  into
170  v:retaliate  against@target
170  v:extort  obj  from@target
170  v:extort  obj@target
170  v:squeeze  obj@target
170  n:coercion  of@target
170  n:pressure  on@target
170  v:exert  obj=pressure  on@target
170  v:put  obj=pressure  on@target
170  v:apply  obj=pressure  on@target
170  v:pile  obj=pressure  on@target
170  v:increase  obj=pressure  on@target
170  v:ramp  obj=pressure  on@target
170  v:ramp+up  obj=pressure  on@target
170  v:weaponize  obj=energy|gas|food|migrant|supply|supplies|aid
170  v:cut+off  obj=gas|oil|electricity|power|water|supply|supplies|fuel  to@target
170  v:cut  obj=gas|oil|electricity|power|water|supply|supplies|fuel  to@target
170  v:jam  obj=signal|gps|communication|broadcast
170  v:hack  obj@target
170  v:hack  obj=system|network|server|email|account|website(poss@target)
170  n:cyberattack  on|against@target
170  v:launch  obj=cyberattack|attack(amod=cyber)  on|against@target

## 171 Seize or damage property, not specified below
171  v:seize  obj=ship|vessel|tanker|cargo|aircraft|plane|weapon|shipment|building|equipment|vehicle|boat|truck|property
171  v:commandeer  obj=ship|vessel|tanker|cargo|aircraft|plane|weapon|shipment|building|equipment|vehicle|boat|truck|property
171  v:capture  obj=ship|vessel|tanker|cargo|aircraft|plane|weapon|shipment|building|equipment|vehicle|boat|truck|property
171  v:impound  obj=ship|vessel|tanker|cargo|aircraft|plane|weapon|shipment|building|equipment|vehicle|boat|truck|property
171  v:damage  obj=property|building|office|car|vehicle|embassy|pipeline|infrastructure|line|cable|facility|plant|station|monument|statue
171  v:vandalize  obj=property|building|office|car|vehicle|embassy|pipeline|infrastructure|line|cable|facility|plant|station|monument|statue
171  v:vandalise  obj=property|building|office|car|vehicle|embassy|pipeline|infrastructure|line|cable|facility|plant|station|monument|statue
171  v:deface  obj=property|building|office|car|vehicle|embassy|pipeline|infrastructure|line|cable|facility|plant|station|monument|statue
171  v:sabotage  obj=property|building|office|car|vehicle|embassy|pipeline|infrastructure|line|cable|facility|plant|station|monument|statue
171  v:raid  obj=office|home|house|headquarters|premises|embassy|compound|newsroom
171  v:storm  obj=office|home|house|headquarters|premises|embassy|compound|newsroom
171  v:ransack  obj=office|home|house|headquarters|premises|embassy|compound|newsroom
171  v:loot  obj=shop|home|house|village|store|bank|museum|property|warehouse
171  v:plunder  obj=shop|home|house|village|store|bank|museum|property|warehouse
171  v:pillage  obj=shop|home|house|village|store|bank|museum|property|warehouse
171  v:take  obj=control  of=ship|vessel|tanker|plant|facility|mine|field|company
171  n:seizure  of=ship|vessel|tanker|cargo|aircraft|plane|weapon|shipment|building|equipment|vehicle|boat|truck|property
171  n:seizure  poss@source  of=ship|vessel|tanker|cargo|aircraft|plane|weapon|shipment|building|equipment|vehicle|boat|truck|property
171  v:board  obj=ship|vessel|tanker|boat
171  v:detain  obj=ship|vessel|tanker|boat|cargo|shipment
171  v:blow+up  obj=pipeline|line|tower|pylon|railway|track
171  v:attack  obj=pipeline|infrastructure|facility|plant|grid|substation  nsubj=saboteur|militant|rebel|insurgent|group
171  v:cut  obj=cable|pipeline|line
171  n:sabotage  of=pipeline|infrastructure|line|cable|railway

## 1711 Confiscate property
1711  v:confiscate  obj
1711  v:expropriate  obj
1711  v:requisition  obj
1711  v:impound  obj
1711  v:confiscate  obj=asset|property|land|farm|passport|fund|money|cash|account|estate|house|home|company|business|share|mine|yacht|document
1711  v:expropriate  obj=asset|property|land|farm|passport|fund|money|cash|account|estate|house|home|company|business|share|mine|yacht|document
1711  v:seize  obj=asset|property|land|farm|passport|fund|money|cash|account|estate|house|home|company|business|share|mine|yacht|document
1711  v:confiscate  obj=asset|property|land|farm|passport|fund|money|cash|account|estate|house|home|company|business|share|mine|yacht|document(poss@target)
1711  v:expropriate  obj=asset|property|land|farm|passport|fund|money|cash|account|estate|house|home|company|business|share|mine|yacht|document(poss@target)
1711  v:seize  obj=asset|property|land|farm|passport|fund|money|cash|account|estate|house|home|company|business|share|mine|yacht|document(poss@target)
1711  v:nationalize  obj=company|asset|property|industry|mine|oil|field|bank|firm|business|plant|subsidiary
1711  v:nationalise  obj=company|asset|property|industry|mine|oil|field|bank|firm|business|plant|subsidiary
1711  v:nationalize  obj=company|asset|property|industry|mine|oil|field|bank|firm|business|plant|subsidiary(poss@target)
1711  v:nationalise  obj=company|asset|property|industry|mine|oil|field|bank|firm|business|plant|subsidiary(poss@target)
1711  v:take+over  obj=company|farm|land|plant|mine|bank|business|property|asset
1711  n:confiscation  of=asset|property|land|farm|passport|fund|money|cash|account|estate|house|home|company|business|share|mine|yacht|document
1711  n:expropriation  of=asset|property|land|farm|passport|fund|money|cash|account|estate|house|home|company|business|share|mine|yacht|document
1711  n:nationalization  of=company|asset|industry|mine|oil|bank
1711  v:strip  obj@target  of=asset|property|land|passport|possession

## 1712 Destroy property
1712  v:destroy  obj=home|house|building|village|property|crop|school|mosque|church|farm|structure|shop|hospital|field|orchard|olive|tree|well|temple|shrine|bridge|infrastructure|neighborhood|neighbourhood|camp|tent|shelter
1712  v:demolish  obj=home|house|building|village|property|crop|school|mosque|church|farm|structure|shop|hospital|field|orchard|olive|tree|well|temple|shrine|bridge|infrastructure|neighborhood|neighbourhood|camp|tent|shelter
1712  v:raze  obj=home|house|building|village|property|crop|school|mosque|church|farm|structure|shop|hospital|field|orchard|olive|tree|well|temple|shrine|bridge|infrastructure|neighborhood|neighbourhood|camp|tent|shelter
1712  v:bulldoze  obj=home|house|building|village|property|crop|school|mosque|church|farm|structure|shop|hospital|field|orchard|olive|tree|well|temple|shrine|bridge|infrastructure|neighborhood|neighbourhood|camp|tent|shelter
1712  v:flatten  obj=home|house|building|village|property|crop|school|mosque|church|farm|structure|shop|hospital|field|orchard|olive|tree|well|temple|shrine|bridge|infrastructure|neighborhood|neighbourhood|camp|tent|shelter
1712  v:level  obj=home|house|building|village|property|crop|school|mosque|church|farm|structure|shop|hospital|field|orchard|olive|tree|well|temple|shrine|bridge|infrastructure|neighborhood|neighbourhood|camp|tent|shelter
1712  v:destroy  obj=home|house|building|village|property|crop|school|mosque|church|farm|structure|shop|hospital|field|orchard|olive|tree|well|temple|shrine|bridge|infrastructure|neighborhood|neighbourhood|camp|tent|shelter(poss@target)
1712  v:demolish  obj=home|house|building|village|property|crop|school|mosque|church|farm|structure|shop|hospital|field|orchard|olive|tree|well|temple|shrine|bridge|infrastructure|neighborhood|neighbourhood|camp|tent|shelter(poss@target)
1712  v:raze  obj=home|house|building|village|property|crop|school|mosque|church|farm|structure|shop|hospital|field|orchard|olive|tree|well|temple|shrine|bridge|infrastructure|neighborhood|neighbourhood|camp|tent|shelter(poss@target)
1712  v:bulldoze  obj=home|house|building|village|property|crop|school|mosque|church|farm|structure|shop|hospital|field|orchard|olive|tree|well|temple|shrine|bridge|infrastructure|neighborhood|neighbourhood|camp|tent|shelter(poss@target)
1712  v:burn  obj=home|house|village|crop|field|church|mosque|school|farm|temple|shrine|hut|tent|camp
1712  v:torch  obj=home|house|village|crop|field|church|mosque|school|farm|temple|shrine|hut|tent|camp
1712  v:set  obj=fire  to=home|house|village|crop|field|church|mosque|school|farm|temple|shrine|hut|tent|camp
1712  v:burn+down  obj=home|house|village|church|mosque|school|building
1712  v:blow+up  obj=home|house|building|bridge|dam|school|mosque|church
1712  v:tear+down  obj=home|house|building|structure|monument|statue|shrine
1712  v:wreck  obj
1712  v:poison  obj=well|water|crop|field|land
1712  n:demolition  of=home|house|building|village|property|crop|school|mosque|church|farm|structure|shop|hospital|field|orchard|olive|tree|well|temple|shrine|bridge|infrastructure|neighborhood|neighbourhood|camp|tent|shelter
1712  n:destruction  of=home|house|building|village|property|crop|school|mosque|church|farm|structure|shop|hospital|field|orchard|olive|tree|well|temple|shrine|bridge|infrastructure|neighborhood|neighbourhood|camp|tent|shelter
1712  v:uproot  obj=tree|olive|orchard|crop
1712  v:sabotage  obj=crop|harvest|farm

## 172 Impose administrative sanctions, not specified below
172  v:impose  obj=restriction|control|measure|rule|regulation|limit|requirement  on@target
172  v:introduce  obj=restriction|control|measure|rule|regulation|limit|requirement  on@target
172  v:tighten  obj=restriction|control|measure|rule|regulation|limit|requirement  on@target
172  v:suspend  obj=license|licence|permit|registration|accreditation|visa|passport|citizenship|credential|immunity
172  v:revoke  obj=license|licence|permit|registration|accreditation|visa|passport|citizenship|credential|immunity
172  v:cancel  obj=license|licence|permit|registration|accreditation|visa|passport|citizenship|credential|immunity
172  v:withdraw  obj=license|licence|permit|registration|accreditation|visa|passport|citizenship|credential|immunity
172  v:suspend  obj=license|licence|permit|registration|accreditation|visa|passport|citizenship(poss@target)
172  v:revoke  obj=license|licence|permit|registration|accreditation|visa|passport|citizenship(poss@target)
172  v:cancel  obj=license|licence|permit|registration|accreditation|visa|passport|citizenship(poss@target)
172  v:ban  obj@target  from=travel|traveling|travelling|leaving|entering|office|work|competition|country
172  v:bar  obj@target  from=travel|traveling|travelling|leaving|entering|office|work|country|holding
172  v:strip  obj@target  of=citizenship|title|immunity|right|license|licence|post|power|nationality|accreditation|passport|membership|seat|medal|rank
172  v:suspend  obj@target  from=office|parliament|party|post|duty|job|position|seat|chamber|congress|assembly
172  v:remove  obj@target  from=office|parliament|party|post|duty|job|position|seat|chamber|congress|assembly
172  v:expel  obj@target  from=office|parliament|party|post|duty|job|position|seat|chamber|congress|assembly
172  v:impose  obj=ban(compound=travel|visa|entry)  on@target
172  v:place  obj=ban(compound=travel|visa|entry)  on@target
172  v:deny  obj=visa|entry|permit|passport  to@target
172  v:deny  iobj@target  obj=visa|entry|permit|passport
172  v:put  obj@target  under=surveillance|restriction|supervision|administration
172  v:place  obj@target  under=surveillance|restriction|supervision|administration
172  v:dismiss  obj=judge|prosecutor|official|officer|governor|mayor|minister|teacher|employee|journalist|editor
172  v:fire  obj=judge|prosecutor|official|officer|governor|mayor|minister|teacher|employee|journalist|editor
172  v:sack  obj=judge|prosecutor|official|officer|governor|mayor|minister|teacher|employee|journalist|editor
172  v:oust  obj=judge|prosecutor|official|officer|governor|mayor|minister|teacher|employee|journalist|editor
172  v:declare  obj@target  xcomp=unwelcome|illegal
172  v:restrict  obj=movement|travel|activity(poss@target)
172  n:ban  compound=travel  on@target
172  n:restriction  on@target
172  v:deregister  obj@target
172  v:blacklist  obj=journalist|activist|official|lawyer

## 1721 Impose restrictions on political freedoms
1721  v:restrict  obj=freedom|speech|press|media|expression|assembly|dissent|internet|protest|right|liberty|association|reporting|criticism
1721  v:curb  obj=freedom|speech|press|media|expression|assembly|dissent|internet|protest|right|liberty|association|reporting|criticism
1721  v:limit  obj=freedom|speech|press|media|expression|assembly|dissent|internet|protest|right|liberty|association|reporting|criticism
1721  v:curtail  obj=freedom|speech|press|media|expression|assembly|dissent|internet|protest|right|liberty|association|reporting|criticism
1721  v:suppress  obj=freedom|speech|press|media|expression|assembly|dissent|internet|protest|right|liberty|association|reporting|criticism
1721  v:stifle  obj=freedom|speech|press|media|expression|assembly|dissent|internet|protest|right|liberty|association|reporting|criticism
1721  v:muzzle  obj=freedom|speech|press|media|expression|assembly|dissent|internet|protest|right|liberty|association|reporting|criticism
1721  v:throttle  obj=freedom|speech|press|media|expression|assembly|dissent|internet|protest|right|liberty|association|reporting|criticism
1721  v:gag  obj=freedom|speech|press|media|expression|assembly|dissent|internet|protest|right|liberty|association|reporting|criticism
1721  v:silence  obj=freedom|speech|press|media|expression|assembly|dissent|internet|protest|right|liberty|association|reporting|criticism
1721  v:clamp  obj=freedom|speech|press|media|expression|assembly|dissent|internet|protest|right|liberty|association|reporting|criticism
1721  v:clamp+down  on=freedom|speech|press|media|expression|assembly|dissent|internet|protest|right|liberty|association|reporting|criticism|journalist|critic|blogger|activist
1721  v:censor  obj
1721  v:block  obj=website|internet|newspaper|station|channel|outlet|platform|network|broadcaster|app|site|paper|magazine|media|account|service
1721  v:shut  obj=website|internet|newspaper|station|channel|outlet|platform|network|broadcaster|app|site|paper|magazine|media|account|service
1721  v:close  obj=website|internet|newspaper|station|channel|outlet|platform|network|broadcaster|app|site|paper|magazine|media|account|service
1721  v:throttle  obj=website|internet|newspaper|station|channel|outlet|platform|network|broadcaster|app|site|paper|magazine|media|account|service
1721  v:restrict  obj=website|internet|newspaper|station|channel|outlet|platform|network|broadcaster|app|site|paper|magazine|media|account|service
1721  v:shut+down  obj=website|internet|newspaper|station|channel|outlet|platform|network|broadcaster|app|paper|magazine|media
1721  v:take+down  obj=website|post|content|account|article
1721  v:take  obj=station|channel|broadcaster  off=air
1721  v:jam  obj=broadcast|transmission|station|radio
1721  v:ban  obj=protest|rally|demonstration|gathering|assembly|publication|book|newspaper|broadcast|website|march|meeting|app|platform|film
1721  v:impose  obj=censorship|blackout(compound=internet|media|news|information|communications)
1721  v:impose  obj=censorship|restriction(on=media|press|internet|speech|reporting)
1721  v:cut+off  obj=internet|access|phone|communication|connection|signal
1721  v:cut  obj=internet|access(compound=internet)
1721  n:censorship  of@target
1721  n:blackout  compound=internet|media|news|communications
1721  n:crackdown  on=freedom|speech|press|media|expression|assembly|dissent|internet|protest|right|liberty|association|reporting|criticism|journalist|medium|blogger|critic
1721  v:expel  obj=journalist|reporter|correspondent
1721  v:revoke  obj=accreditation|license|licence|credential(of=journalist|reporter|outlet|station|newspaper|broadcaster)

## 1722 Ban political parties or politicians
1722  v:ban  obj=party|group|movement|organization|organisation|opposition|union|association|coalition|front|alliance@target
1722  v:outlaw  obj=party|group|movement|organization|organisation|opposition|union|association|coalition|front|alliance@target
1722  v:dissolve  obj=party|group|movement|organization|organisation|opposition|union|association|coalition|front|alliance@target
1722  v:disband  obj=party|group|movement|organization|organisation|opposition|union|association|coalition|front|alliance@target
1722  v:proscribe  obj=party|group|movement|organization|organisation|opposition|union|association|coalition|front|alliance@target
1722  v:suspend  obj=party|group|movement|organization|organisation|opposition|union|association|coalition|front|alliance@target
1722  v:deregister  obj=party|group|movement|organization|organisation|opposition|union|association|coalition|front|alliance@target
1722  v:ban  obj=party|group|movement|organization|organisation|opposition|union|association|coalition|front|alliance(poss@target)
1722  v:outlaw  obj=party|group|movement|organization|organisation|opposition|union|association|coalition|front|alliance(poss@target)
1722  v:dissolve  obj=party|group|movement|organization|organisation|opposition|union|association|coalition|front|alliance(poss@target)
1722  v:disband  obj=party|group|movement|organization|organisation|opposition|union|association|coalition|front|alliance(poss@target)
1722  v:bar  obj=candidate|politician|leader|opposition|rival|contender|lawmaker@target  from=election|race|vote|office|politics|running|contest|ballot|poll
1722  v:ban  obj=candidate|politician|leader|opposition|rival|contender|lawmaker@target  from=election|race|vote|office|politics|running|contest|ballot|poll
1722  v:disqualify  obj=candidate|politician|leader|opposition|rival|contender|lawmaker@target  from=election|race|vote|office|politics|running|contest|ballot|poll
1722  v:exclude  obj=candidate|politician|leader|opposition|rival|contender|lawmaker@target  from=election|race|vote|office|politics|running|contest|ballot|poll
1722  v:block  obj=candidate|politician|leader|opposition|rival|contender|lawmaker@target  from=election|race|vote|office|politics|running|contest|ballot|poll
1722  v:disqualify  obj=candidate|candidacy|contender|list@target
1722  v:disqualify  obj@target
1722  v:exclude  obj=party|candidate@target  from=election|vote|ballot|poll|race
1722  v:declare  obj=party|group|movement|organization|organisation|opposition|union|association|coalition|front|alliance@target  xcomp=illegal|unconstitutional|terrorist
1722  v:reject  obj=candidacy|registration|nomination(poss@target)
1722  v:strip  obj@target  of=seat|mandate|right(to=run)
1722  n:ban  on=party|group|movement|organization|organisation|opposition|union|association|coalition|front|alliance|candidate|politician
1722  n:disqualification  of@target
1722  n:dissolution  of=party|group|movement|organization|organisation|opposition|union|association|coalition|front|alliance
1722  v:expel  obj=lawmaker|deputy|mp|senator|legislator@target  from=parliament|assembly|chamber|congress

## 1723 Impose curfew
1723  v:impose  obj=curfew
1723  v:declare  obj=curfew
1723  v:enforce  obj=curfew
1723  v:reimpose  obj=curfew
1723  v:extend  obj=curfew
1723  v:order  obj=curfew
1723  v:introduce  obj=curfew
1723  v:tighten  obj=curfew
1723  v:impose  obj=curfew  on|in@target
1723  v:declare  obj=curfew  on|in@target
1723  v:enforce  obj=curfew  on|in@target
1723  v:reimpose  obj=curfew  on|in@target
1723  v:place  obj@target  under=curfew
1723  v:put  obj@target  under=curfew
1723  n:curfew  on|in@target
1723  n:curfew  amod=nighttime|overnight|night|dusk-to-dawn|24-hour
1723  v:lock+down  obj=city|town|area|district|region
1723  n:lockdown  on|in@target
1723  v:confine  obj=resident|people|population  to=home|house
1723  v:order  obj=resident|people|population|civilian  xcomp=stay|remain

## 1724 Impose state of emergency or martial law
1724  v:declare  obj=emergency
1724  v:impose  obj=emergency
1724  v:extend  obj=emergency
1724  v:proclaim  obj=emergency
1724  v:introduce  obj=emergency
1724  v:invoke  obj=emergency
1724  v:enforce  obj=emergency
1724  v:declare  obj=state(of=emergency|siege)
1724  v:impose  obj=state(of=emergency|siege)
1724  v:extend  obj=state(of=emergency|siege)
1724  v:proclaim  obj=state(of=emergency|siege)
1724  v:introduce  obj=state(of=emergency|siege)
1724  v:invoke  obj=state(of=emergency|siege)
1724  v:declare  obj=law(amod=martial)
1724  v:impose  obj=law(amod=martial)
1724  v:declare  obj=state(of=emergency|siege)  in@target
1724  v:impose  obj=state(of=emergency|siege)  in@target
1724  v:declare  obj=law(amod=martial)  in@target
1724  v:impose  obj=law(amod=martial)  in@target
1724  v:place  obj@target  under=law(amod=martial)
1724  v:put  obj@target  under=law(amod=martial)
1724  v:place  obj@target  under=rule(amod=military|emergency|direct)
1724  v:put  obj@target  under=rule(amod=military|emergency|direct)
1724  v:place  obj@target  under=state(of=emergency)
1724  v:put  obj@target  under=state(of=emergency)
1724  v:impose  obj=rule(amod=military|emergency|direct)  on@target
1724  v:suspend  obj=constitution|parliament|right(amod=constitutional|civil)
1724  v:rule  by=decree
1724  n:law  amod=martial  in@target
1724  n:state  of=emergency  in@target
1724  v:invoke  obj=power(amod=emergency)
1724  v:invoke  obj=act|power(compound=emergency)

## 173 Arrest, detain, or charge with legal action
173  v:arrest  obj@target
173  v:detain  obj@target
173  v:apprehend  obj@target
173  v:jail  obj@target
173  v:imprison  obj@target
173  v:incarcerate  obj@target
173  v:nab  obj@target
173  v:intern  obj@target
173  v:remand  obj@target
173  v:indict  obj@target
173  v:prosecute  obj@target
173  v:charge  obj@target
173  v:handcuff  obj@target
173  v:try  obj@target  for|on
173  v:charge  obj@target  with
173  v:indict  obj@target  on|for
173  v:arrest  obj@target  on=charge|suspicion
173  v:arrest  obj@target  for
173  v:detain  obj@target  on=charge|suspicion
173  v:jail  obj@target  for
173  v:round+up  obj@target
173  v:lock+up  obj@target
173  v:pick+up  obj@target
173  v:take  obj@target  into=custody
173  v:hold  obj@target  without=charge|trial
173  v:hold  obj@target  in=custody|detention|jail|prison
173  v:capture  obj=suspect|fugitive|leader|boss|kingpin|commander|militant|smuggler@target
173  v:seize  obj=suspect|fugitive|activist|journalist|opponent@target
173  v:issue  obj=warrant  for@target
173  v:seek  obj=warrant  for@target
173  v:issue  obj=warrant(for=arrest(of@target))
173  v:issue  obj=warrant(compound=arrest)  against|for@target
173  v:put  obj@target  on=trial
173  v:bring  obj=charge  against@target
173  v:file  obj=charge  against@target
173  v:press  obj=charge  against@target
173  v:impeach  obj@target
173  v:summon  obj@target  to=court|trial|tribunal
173  v:place  obj@target  under=arrest(compound=house)
173  v:put  obj@target  under=arrest(compound=house)
173  v:place  obj@target  under=arrest
173  n:arrest  of@target
173  n:arrest  poss@target
173  n:detention  of@target
173  n:indictment  of|against@target
173  n:prosecution  of@target
173  n:warrant  compound=arrest  for|against@target
173  n:charge  against@target  amod=criminal
173  v:raid  obj=home|house|office(poss@target)

## 174 Expel or deport individuals
174  v:deport  obj@target
174  v:expel  obj@target
174  v:banish  obj@target
174  v:exile  obj@target
174  v:evict  obj@target
174  v:repatriate  obj@target
174  v:deport  obj@target  to
174  v:expel  obj@target  from=country|territory
174  v:kick+out  obj@target
174  v:send+back  obj@target
174  v:push+back  obj=migrant|refugee|asylum-seeker|boat@target
174  v:turn+back  obj=migrant|refugee|asylum-seeker|boat|ship@target
174  v:return  obj=migrant|refugee|asylum-seeker@target  advmod=forcibly
174  v:order  obj@target  xcomp=leave(obj=country)
174  n:deportation  of@target
174  n:expulsion  of@target
174  v:extradite  obj@target
174  v:banish  obj@target  to|from
174  v:send  obj@target  into=exile
174  v:force  obj@target  into=exile

## 175 Use tactics of violent repression
175  v:crack+down  on@target
175  v:crack+down
175  v:crush  obj=protest|uprising|dissent|opposition|rebellion|demonstration|revolt|unrest|rally|riot|strike|march|gathering|movement|insurrection
175  v:quell  obj=protest|uprising|dissent|opposition|rebellion|demonstration|revolt|unrest|rally|riot|strike|march|gathering|movement|insurrection
175  v:suppress  obj=protest|uprising|dissent|opposition|rebellion|demonstration|revolt|unrest|rally|riot|strike|march|gathering|movement|insurrection
175  v:repress  obj=protest|uprising|dissent|opposition|rebellion|demonstration|revolt|unrest|rally|riot|strike|march|gathering|movement|insurrection
175  v:smash  obj=protest|uprising|dissent|opposition|rebellion|demonstration|revolt|unrest|rally|riot|strike|march|gathering|movement|insurrection
175  v:disperse  obj=protester|crowd|demonstrator|protest|rally|demonstration|gathering|march|sit-in|student@target
175  v:break  obj=protester|crowd|demonstrator|protest|rally|demonstration|gathering|march|sit-in|student@target
175  v:break+up  obj=protest|rally|demonstration|gathering|sit-in|march|meeting|strike
175  v:fire  obj=gas|cannon|bullet|shell|grenade(compound=tear|water|rubber|stun)  on|at|against@target
175  v:use  obj=gas|cannon|bullet|shell|grenade(compound=tear|water|rubber|stun)  on|at|against@target
175  v:fire  obj=gas|cannon|bullet|grenade(compound=tear|water|rubber|stun)
175  v:use  obj=gas|cannon|bullet|grenade(compound=tear|water|rubber|stun)
175  v:use  obj=force(amod=excessive|lethal|deadly|brutal)  against|on@target
175  v:use  obj=force  against|on=protester|demonstrator|crowd|civilian|student
175  v:tear-gas  obj@target
175  v:teargas  obj@target
175  v:persecute  obj@target
175  v:repress  obj@target
175  v:oppress  obj@target
175  v:terrorize  obj@target
175  v:terrorise  obj@target
175  v:brutalize  obj@target
175  v:brutalise  obj@target
175  v:charge  obj=protester|crowd|demonstrator@target  with|on=baton|horse|horseback
175  v:baton-charge  obj@target
175  v:open  obj=fire  on=protester|demonstrator|crowd|civilian|student|worker|mourner
175  v:shoot  obj=protester|demonstrator|student|mourner|marcher@target
175  v:kill  obj=protester|demonstrator|student|mourner|marcher@target
175  n:crackdown  on|against@target
175  n:crackdown  poss@source  on|against@target
175  n:repression  of@target
175  n:repression  poss@source  of@target
175  v:launch  obj=crackdown  on|against@target
175  v:intensify  obj=crackdown|repression  on|against@target
175  v:step+up  obj=crackdown|repression  on|against@target
175  v:clear  obj=protester|demonstrator|camp|square|encampment@target  advmod=forcibly
175  v:raid  obj=camp|encampment|protest|sit-in@target
175  v:silence  obj=critic|dissent|opponent|opposition|dissident|journalist@target
175  v:disappear  obj@target
175  v:intimidate  obj=voter|protester|journalist|activist|opponent|critic|witness@target

## Added from the PLOVER development half (odd ids) and Wikinews verbs with no pattern (2026-11-29)
1721  v:prevent  obj=demonstration|protest|rally|march|gathering|sit-in
1721  v:prevent  obj=demonstration|protest|rally|march(poss@target)
1721  v:prevent  obj=demonstration|protest|rally|march(acl=stage|hold|organize|organise(by@target))
1721  v:stop  obj=demonstration|protest|rally|march(acl=stage|hold|organize|organise(by@target))
170  v:deface  obj=site|website|page|homepage|account
1723  v:institute  obj=curfew
1723  v:institute  obj=curfew  on|in@target

## Unrestricted forms of lemma lists whose nested restriction applies to every alternative (2026-11-29)
1721  v:cut  obj=internet
