# dyad event dictionary: CAMEO root 13 (THREATEN)
# Format: data/events/FORMAT.md. One pattern per line: CODE  TRIGGER  ARGUMENTS...
@format 1
@version 0.1.0

## 130 Threaten, not specified below
130  v:threaten  obj@target
130  v:menace  obj@target
130  v:intimidate  obj@target
130  n:threat  against|to@target
130  n:threat  poss@source  against|to@target
130  v:warn  obj@target  of=consequence|retaliation|reprisal|response|repercussion
130  v:warn  obj@target  ccomp=pay|regret|face|respond|retaliate
130  v:vow  obj=retaliation|revenge|reprisal|response|consequence
130  v:promise  obj=retaliation|revenge|reprisal|response|consequence
130  v:threaten  obj=retaliation|revenge|reprisal|response|consequence
130  v:vow  xcomp=retaliate|avenge|respond|punish|hit
130  v:vow  xcomp=retaliate|avenge|respond|punish|hit  against@target
130  v:issue  obj=threat|warning  against|to@target
130  v:make  obj=threat|warning  against|to@target
130  v:issue  obj=threat|warning
130  v:warn  obj@target  against
130  v:warn  obj@target
130  v:threaten  xcomp=retaliate  against@target
130  v:threaten  xcomp=respond|retaliate
130  v:brandish  obj=threat

## 131 Threaten non-force, not specified below
131  v:threaten  xcomp=take(obj=action|measure|step(amod=legal|economic|diplomatic|political))
131  n:threat  acl=take(obj=action|measure|step(amod=legal|economic|diplomatic|political))
131  v:threaten  xcomp=sue
131  n:threat  acl=sue
131  v:threaten  xcomp=leave|quit|exit|withdraw(obj=organization|organisation|union|bloc|treaty|agreement|deal)
131  n:threat  acl=leave|quit|exit|withdraw(obj=organization|organisation|union|bloc|treaty|agreement|deal)
131  v:threaten  xcomp=withdraw(from=organization|organisation|union|bloc|treaty|agreement|deal)
131  n:threat  acl=withdraw(from=organization|organisation|union|bloc|treaty|agreement|deal)
131  v:threaten  obj@target  with=measure|step|action|consequence(amod=economic|diplomatic|political|legal)
131  v:threaten  with=measure|step|action|consequence(amod=economic|diplomatic|political|legal)
131  n:threat  of=measure|step|action|consequence(amod=economic|diplomatic|political|legal)
131  v:warn  of=measure|step|action|consequence(amod=economic|diplomatic|political|legal)

## 1311 Threaten to reduce or stop aid
1311  v:threaten  xcomp=cut|suspend|withhold|halt|stop|reduce|freeze|end|withdraw(obj=aid|assistance|funding|support|loan|payment|help|contribution)
1311  n:threat  acl=cut|suspend|withhold|halt|stop|reduce|freeze|end|withdraw(obj=aid|assistance|funding|support|loan|payment|help|contribution)
1311  v:threaten  xcomp=cut(compound=off obj=aid|funding|assistance)
1311  n:threat  acl=cut(compound=off obj=aid|funding|assistance)
1311  v:threaten  obj@target  with=cut|cutoff|suspension|freeze(of|in=aid|funding|assistance)
1311  v:threaten  with=cut|cutoff|suspension|freeze(of|in=aid|funding|assistance)
1311  n:threat  of=cut|cutoff|suspension|freeze(of|in=aid|funding|assistance)
1311  v:warn  of=cut|cutoff|suspension|freeze(of|in=aid|funding|assistance)
1311  v:warn  ccomp=cut|suspend|withhold|halt|stop|reduce|freeze|end(obj=aid|assistance|funding|support|loan|payment)

## 1312 Threaten to boycott, embargo, or sanction
1312  v:threaten  xcomp=impose|slap|tighten|expand|extend(obj=sanction|embargo|tariff|penalty|boycott|duty)
1312  n:threat  acl=impose|slap|tighten|expand|extend(obj=sanction|embargo|tariff|penalty|boycott|duty)
1312  v:threaten  xcomp=sanction|boycott|embargo|blacklist
1312  n:threat  acl=sanction|boycott|embargo|blacklist
1312  v:threaten  xcomp=freeze(obj=asset|account)
1312  n:threat  acl=freeze(obj=asset|account)
1312  v:threaten  obj@target  with=sanction|embargo|boycott|tariff|penalty
1312  v:threaten  with=sanction|embargo|boycott|tariff|penalty
1312  n:threat  of=sanction|embargo|boycott|tariff|penalty
1312  v:warn  of=sanction|embargo|boycott|tariff|penalty
1312  v:threaten  obj=sanction|embargo|boycott|tariff
1312  v:warn  ccomp=impose|slap|tighten(obj=sanction|embargo|tariff|penalty)

## 1313 Threaten to reduce or break relations
1313  v:threaten  xcomp=cut|sever|break|downgrade|suspend|freeze|review(obj=tie|relation)
1313  n:threat  acl=cut|sever|break|downgrade|suspend|freeze|review(obj=tie|relation)
1313  v:threaten  xcomp=recall|expel|withdraw(obj=ambassador|envoy|diplomat)
1313  n:threat  acl=recall|expel|withdraw(obj=ambassador|envoy|diplomat)
1313  v:threaten  xcomp=close(obj=embassy|consulate)
1313  n:threat  acl=close(obj=embassy|consulate)
1313  v:warn  ccomp=cut|sever|break|downgrade(obj=tie|relation)

## 132 Threaten with administrative sanctions, not specified below
132  v:threaten  xcomp=impose|introduce(obj=restriction|measure|control|ban|limit)
132  n:threat  acl=impose|introduce(obj=restriction|measure|control|ban|limit)
132  v:threaten  xcomp=revoke|cancel|suspend(obj=license|licence|permit|visa|registration|accreditation|citizenship)
132  n:threat  acl=revoke|cancel|suspend(obj=license|licence|permit|visa|registration|accreditation|citizenship)
132  v:threaten  obj@target  with=restriction|ban
132  v:threaten  with=restriction|ban
132  n:threat  of=restriction|ban
132  v:warn  of=restriction|ban
132  v:warn  ccomp=revoke|cancel|suspend(obj=license|licence|permit|visa|registration|accreditation)

## 1321 Threaten to impose restrictions on political freedoms
1321  v:threaten  xcomp=restrict|curb|limit|censor|block|ban(obj=freedom|speech|press|media|internet|protest|assembly|website|rally|demonstration|publication)
1321  n:threat  acl=restrict|curb|limit|censor|block|ban(obj=freedom|speech|press|media|internet|protest|assembly|website|rally|demonstration|publication)
1321  v:threaten  xcomp=shut|close(obj=newspaper|station|outlet|channel|network|website|internet)
1321  n:threat  acl=shut|close(obj=newspaper|station|outlet|channel|network|website|internet)
1321  v:threaten  xcomp=jail|arrest|prosecute(obj=journalist|protester|critic|blogger|activist)
1321  n:threat  acl=jail|arrest|prosecute(obj=journalist|protester|critic|blogger|activist)
1321  v:threaten  obj@target  with=censorship
1321  v:threaten  with=censorship
1321  n:threat  of=censorship
1321  v:warn  of=censorship
1321  v:warn  ccomp=ban|block|restrict(obj=protest|rally|demonstration|website|internet)

## 1322 Threaten to ban political parties or politicians
1322  v:threaten  xcomp=ban|outlaw|dissolve|disband|proscribe|suspend(obj=party|group|movement|opposition|organization|organisation|union)
1322  n:threat  acl=ban|outlaw|dissolve|disband|proscribe|suspend(obj=party|group|movement|opposition|organization|organisation|union)
1322  v:threaten  xcomp=disqualify|bar(obj=candidate|politician|opposition|leader|party)
1322  n:threat  acl=disqualify|bar(obj=candidate|politician|opposition|leader|party)
1322  v:warn  ccomp=ban|outlaw|dissolve(obj=party|group|movement|opposition)

## 1323 Threaten to impose curfew
1323  v:threaten  xcomp=impose|declare|reimpose|extend(obj=curfew)
1323  n:threat  acl=impose|declare|reimpose|extend(obj=curfew)
1323  v:threaten  obj@target  with=curfew
1323  v:threaten  with=curfew
1323  n:threat  of=curfew
1323  v:warn  of=curfew
1323  v:warn  ccomp=impose|declare|reimpose(obj=curfew)

## 1324 Threaten to impose state of emergency or martial law
1324  v:threaten  xcomp=impose|declare(obj=emergency|state(of=emergency|siege))
1324  n:threat  acl=impose|declare(obj=emergency|state(of=emergency|siege))
1324  v:threaten  xcomp=impose|declare(obj=law(amod=martial))
1324  n:threat  acl=impose|declare(obj=law(amod=martial))
1324  v:threaten  obj@target  with=law(amod=martial)
1324  v:threaten  with=law(amod=martial)
1324  n:threat  of=law(amod=martial)
1324  v:warn  of=law(amod=martial)
1324  v:threaten  obj@target  with=emergency
1324  v:threaten  with=emergency
1324  n:threat  of=emergency
1324  v:warn  ccomp=impose|declare(obj=law(amod=martial))

## 133 Threaten political dissent, protest
133  v:threaten  xcomp=protest|strike|boycott|march|rally|demonstrate|picket|blockade
133  n:threat  acl=protest|strike|boycott|march|rally|demonstrate|picket|blockade
133  v:threaten  xcomp=take(obj=street)
133  n:threat  acl=take(obj=street)
133  v:threaten  xcomp=stage|hold|launch|call(obj=protest|strike|boycott|demonstration)
133  n:threat  acl=stage|hold|launch|call(obj=protest|strike|boycott|demonstration)
133  v:threaten  obj@target  with=protest|strike|boycott|demonstration|unrest|revolt|uprising
133  v:threaten  with=protest|strike|boycott|demonstration|unrest|revolt|uprising
133  n:threat  of=protest|strike|boycott|demonstration|unrest|revolt|uprising
133  v:warn  of=protest|strike|boycott|demonstration|unrest|revolt|uprising
133  v:threaten  obj=protest|strike|boycott
133  v:vow  xcomp=continue|escalate|intensify(obj=protest|strike|boycott|campaign|demonstration)
133  v:warn  of=protest|unrest|revolt|uprising|strike

## 134 Threaten to halt negotiations
134  v:threaten  xcomp=quit|leave|abandon|suspend|halt|end|boycott|exit(obj=talk|negotiation|dialogue|process)
134  n:threat  acl=quit|leave|abandon|suspend|halt|end|boycott|exit(obj=talk|negotiation|dialogue|process)
134  v:threaten  xcomp=walk(compound=out|away)
134  n:threat  acl=walk(compound=out|away)
134  v:threaten  xcomp=walk(compound=away from=talk|table|negotiation)
134  n:threat  acl=walk(compound=away from=talk|table|negotiation)
134  v:threaten  xcomp=pull(compound=out of=talk|negotiation)
134  n:threat  acl=pull(compound=out of=talk|negotiation)
134  v:threaten  xcomp=withdraw(from=talk|negotiation|dialogue|process)
134  n:threat  acl=withdraw(from=talk|negotiation|dialogue|process)
134  v:warn  ccomp=walk(compound=away)

## 135 Threaten to halt mediation
135  v:threaten  xcomp=end|halt|abandon|suspend|withdraw(obj=mediation|effort(compound=mediation))
135  n:threat  acl=end|halt|abandon|suspend|withdraw(obj=mediation|effort(compound=mediation))
135  v:threaten  xcomp=withdraw(from=mediation|role)
135  n:threat  acl=withdraw(from=mediation|role)
135  v:threaten  xcomp=quit|resign(as=mediator|facilitator|guarantor)
135  n:threat  acl=quit|resign(as=mediator|facilitator|guarantor)
135  v:threaten  xcomp=step(compound=down as=mediator|facilitator)
135  n:threat  acl=step(compound=down as=mediator|facilitator)

## 136 Threaten to halt international involvement (non-mediation)
136  v:threaten  xcomp=expel|withdraw|pull|eject|kick(obj=peacekeeper|monitor|observer|inspector|mission|agency|ngo|worker|diplomat|staff)
136  n:threat  acl=expel|withdraw|pull|eject|kick(obj=peacekeeper|monitor|observer|inspector|mission|agency|ngo|worker|diplomat|staff)
136  v:threaten  xcomp=end|terminate(obj=mission|mandate|presence)
136  n:threat  acl=end|terminate(obj=mission|mandate|presence)
136  v:threaten  xcomp=pull(compound=out obj=peacekeeper|mission|staff|troop|troops)
136  n:threat  acl=pull(compound=out obj=peacekeeper|mission|staff|troop|troops)
136  v:warn  ccomp=expel|withdraw(obj=peacekeeper|mission|monitor|observer|inspector)

## 137 Threaten with violent repression
137  v:threaten  xcomp=crush|suppress|quell|disperse|repress(obj=protest|protester|demonstration|dissent|uprising|rally|rebellion|revolt|opposition)
137  n:threat  acl=crush|suppress|quell|disperse|repress(obj=protest|protester|demonstration|dissent|uprising|rally|rebellion|revolt|opposition)
137  v:threaten  xcomp=crack(compound=down)
137  n:threat  acl=crack(compound=down)
137  v:threaten  xcomp=crack(compound=down on@target)
137  n:threat  acl=crack(compound=down on@target)
137  v:threaten  xcomp=use(obj=force against=protester|demonstrator|crowd)
137  n:threat  acl=use(obj=force against=protester|demonstrator|crowd)
137  v:threaten  xcomp=arrest|jail(obj=protester|demonstrator|opponent|critic)
137  n:threat  acl=arrest|jail(obj=protester|demonstrator|opponent|critic)
137  v:threaten  obj@target  with=crackdown|arrest|force
137  v:threaten  with=crackdown|arrest|force
137  n:threat  of=crackdown|arrest|force
137  v:warn  of=crackdown|arrest|force
137  v:threaten  obj=crackdown
137  v:warn  ccomp=crack(compound=down)
137  v:warn  obj=protester|demonstrator|opposition  of=crackdown|arrest|consequence|force
137  v:threaten  obj=protester|demonstrator|opposition|critic|journalist  with=arrest|prosecution|jail|death|violence|force|crackdown

## 138 Threaten to use military force, not specified below
138  v:threaten  xcomp=use(obj=force(amod=military))
138  n:threat  acl=use(obj=force(amod=military))
138  v:threaten  xcomp=use(obj=force)
138  n:threat  acl=use(obj=force)
138  v:threaten  xcomp=retaliate(advmod=militarily)
138  n:threat  acl=retaliate(advmod=militarily)
138  v:threaten  xcomp=respond(with=force)
138  n:threat  acl=respond(with=force)
138  v:threaten  xcomp=go(to=war)
138  n:threat  acl=go(to=war)
138  v:threaten  xcomp=intervene(advmod=militarily)
138  n:threat  acl=intervene(advmod=militarily)
138  v:threaten  xcomp=declare(obj=war)
138  n:threat  acl=declare(obj=war)
138  v:threaten  obj@target  with=force|war|action(amod=military)
138  v:threaten  with=force|war|action(amod=military)
138  n:threat  of=force|war|action(amod=military)
138  v:warn  of=force|war|action(amod=military)
138  v:threaten  obj@target  with=force|war|retaliation|response
138  v:threaten  with=force|war|retaliation|response
138  n:threat  of=force|war|retaliation|response
138  v:threaten  obj=war|action(amod=military)
138  v:warn  ccomp=respond(with=force)
138  v:warn  of=war|conflict|confrontation|retaliation(amod=military)
138  v:rattle  obj=saber|sabre
138  v:vow  xcomp=use(obj=force)
138  v:vow  xcomp=destroy|crush|defeat|annihilate(obj@target)

## 1381 Threaten blockade
1381  v:threaten  xcomp=blockade|block|close|seal(obj=port|strait|border|crossing|road|airspace|coast|channel|harbor|harbour)
1381  n:threat  acl=blockade|block|close|seal(obj=port|strait|border|crossing|road|airspace|coast|channel|harbor|harbour)
1381  v:threaten  xcomp=impose(obj=blockade|siege)
1381  n:threat  acl=impose(obj=blockade|siege)
1381  v:threaten  xcomp=blockade(obj@target)
1381  n:threat  acl=blockade(obj@target)
1381  v:threaten  obj@target  with=blockade|siege
1381  v:threaten  with=blockade|siege
1381  n:threat  of=blockade|siege
1381  v:warn  of=blockade|siege
1381  v:threaten  obj=blockade
1381  v:warn  ccomp=close(obj=strait|port|border|airspace)

## 1382 Threaten occupation
1382  v:threaten  xcomp=occupy|seize|annex|take|capture(obj=territory|land|town|city|region|island|area|province|capital)
1382  n:threat  acl=occupy|seize|annex|take|capture(obj=territory|land|town|city|region|island|area|province|capital)
1382  v:threaten  xcomp=annex
1382  n:threat  acl=annex
1382  v:threaten  xcomp=occupy(obj@target)
1382  n:threat  acl=occupy(obj@target)
1382  v:threaten  xcomp=annex(obj@target)
1382  n:threat  acl=annex(obj@target)
1382  v:threaten  obj@target  with=occupation|annexation
1382  v:threaten  with=occupation|annexation
1382  n:threat  of=occupation|annexation
1382  v:warn  of=occupation|annexation
1382  v:warn  ccomp=annex|occupy|seize(obj=territory|land|region|island)

## 1383 Threaten unconventional violence
1383  v:threaten  xcomp=kill|behead|execute|murder|kidnap|abduct(obj=hostage|captive|prisoner|journalist|worker|civilian|soldier)
1383  n:threat  acl=kill|behead|execute|murder|kidnap|abduct(obj=hostage|captive|prisoner|journalist|worker|civilian|soldier)
1383  v:threaten  xcomp=carry(compound=out obj=attack|bombing(amod=terrorist|suicide))
1383  n:threat  acl=carry(compound=out obj=attack|bombing(amod=terrorist|suicide))
1383  v:threaten  xcomp=bomb|blow(compound=up)
1383  n:threat  acl=bomb|blow(compound=up)
1383  v:threaten  obj@target  with=attack(amod=terrorist|suicide)
1383  v:threaten  with=attack(amod=terrorist|suicide)
1383  n:threat  of=attack(amod=terrorist|suicide)
1383  v:warn  of=attack(amod=terrorist|suicide)
1383  v:threaten  obj@target  with=bombing
1383  v:threaten  with=bombing
1383  n:threat  of=bombing
1383  v:threaten  obj=attack(amod=terrorist|suicide)
1383  v:threaten  obj=bombing
1383  v:warn  ccomp=kill|behead|execute(obj=hostage|captive|prisoner)
1383  v:vow  xcomp=kill|behead|execute(obj=hostage|captive|prisoner)

## 1384 Threaten conventional attack
1384  v:threaten  xcomp=attack|strike|invade|bomb|shell|hit|target(obj@target)
1384  n:threat  acl=attack|strike|invade|bomb|shell|hit|target(obj@target)
1384  v:threaten  xcomp=launch(obj=attack|strike|offensive|invasion|assault)
1384  n:threat  acl=launch(obj=attack|strike|offensive|invasion|assault)
1384  v:threaten  xcomp=attack|invade|strike
1384  n:threat  acl=attack|invade|strike
1384  v:threaten  xcomp=launch(obj=attack|strike|offensive|invasion on|against@target)
1384  n:threat  acl=launch(obj=attack|strike|offensive|invasion on|against@target)
1384  v:threaten  obj@target  with=attack|strike|invasion|offensive|assault|airstrike|bombardment
1384  v:threaten  with=attack|strike|invasion|offensive|assault|airstrike|bombardment
1384  n:threat  of=attack|strike|invasion|offensive|assault|airstrike|bombardment
1384  v:warn  of=attack|strike|invasion|offensive|assault|airstrike|bombardment
1384  v:threaten  obj=attack|strike|invasion|offensive
1384  v:warn  ccomp=attack|strike|invade(obj@target)
1384  v:vow  xcomp=attack|strike|invade|hit(obj@target)
1384  v:warn  of=attack|strike|invasion|offensive

## 1385 Threaten attack with WMD
1385  v:threaten  xcomp=use(obj=weapon(amod=nuclear|chemical|biological|atomic))
1385  n:threat  acl=use(obj=weapon(amod=nuclear|chemical|biological|atomic))
1385  v:threaten  xcomp=nuke
1385  n:threat  acl=nuke
1385  v:threaten  xcomp=use(obj=arsenal(amod=nuclear))
1385  n:threat  acl=use(obj=arsenal(amod=nuclear))
1385  v:threaten  xcomp=strike(advmod=pre-emptively|preemptively)
1385  n:threat  acl=strike(advmod=pre-emptively|preemptively)
1385  v:threaten  xcomp=launch(obj=missile|strike|attack(amod=nuclear))
1385  n:threat  acl=launch(obj=missile|strike|attack(amod=nuclear))
1385  v:threaten  obj@target  with=weapon|strike|attack|war(amod=nuclear|chemical)
1385  v:threaten  with=weapon|strike|attack|war(amod=nuclear|chemical)
1385  n:threat  of=weapon|strike|attack|war(amod=nuclear|chemical)
1385  v:warn  of=weapon|strike|attack|war(amod=nuclear|chemical)
1385  v:threaten  obj@target  with=annihilation|obliteration|destruction(amod=nuclear|total|complete)
1385  v:threaten  with=annihilation|obliteration|destruction(amod=nuclear|total|complete)
1385  n:threat  of=annihilation|obliteration|destruction(amod=nuclear|total|complete)
1385  v:threaten  obj=war|strike|attack(amod=nuclear)
1385  v:warn  ccomp=use(obj=weapon(amod=nuclear))
1385  v:warn  of=war|strike|attack|holocaust(amod=nuclear)
1385  v:brandish  obj=weapon|arsenal(amod=nuclear)

## 139 Give ultimatum
139  v:issue  obj=ultimatum|deadline  to|for@target
139  v:give  obj=ultimatum|deadline  to|for@target
139  v:deliver  obj=ultimatum|deadline  to|for@target
139  v:present  obj=ultimatum|deadline  to|for@target
139  v:set  obj=ultimatum|deadline  to|for@target
139  v:issue  obj=ultimatum
139  v:give  obj=ultimatum
139  v:deliver  obj=ultimatum
139  v:present  obj=ultimatum
139  v:give  iobj@target  obj=ultimatum|deadline|hour|day
139  n:ultimatum  to@target
139  n:ultimatum  poss@source  to@target
139  v:set  obj=deadline  for@target  xcomp
139  v:give  iobj@target  obj=hour|day|week|deadline  xcomp
139  v:tell  obj@target  xcomp  within=hour|day|week
139  v:order  obj@target  xcomp  within=hour|day|week
139  v:give  iobj@target  obj=chance(amod=last|final)
139  v:extend  obj=deadline|ultimatum  for@target

## Added from the PLOVER development half (odd ids) and Wikinews verbs with no pattern (2026-11-29)
138  v:swear  xcomp=fight(until)
138  v:vow  xcomp=fight(until)
138  v:swear  xcomp=fight(against@target)
138  v:swear  xcomp=attack|strike|retaliate
138  v:vow  xcomp=attack
138  v:vow  xcomp=attack(obj@target)
1313  v:threaten  xcomp=sever|break|cut(obj=relation|tie(with@target))

## Unrestricted forms of lemma lists whose nested restriction applies to every alternative (2026-11-29)
135  v:threaten  xcomp=end|halt|abandon|suspend|withdraw(obj=mediation)
135  n:threat  acl=end|halt|abandon|suspend|withdraw(obj=mediation)
