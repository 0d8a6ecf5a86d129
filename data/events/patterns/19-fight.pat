# dyad event dictionary: CAMEO root 19 (FIGHT)
# Format: data/events/FORMAT.md. One pattern per line: CODE  TRIGGER  ARGUMENTS...
@format 1
@version 0.1.0

## 190 Use conventional military force, not specified below
190  v:attack  obj@target
190  v:strike  obj@target
190  v:invade  obj@target
190  v:battle  obj@target
190  v:fight  obj@target
190  v:raid  obj@target
190  v:counterattack  obj@target
190  v:fight  against@target
190  v:fight  with@target  nsubj=troop|troops|force|army|soldier|rebel|militant|insurgent|fighter|militia
190  v:engage  in=battle|combat|fighting|clash|hostility|skirmish  with@target
190  v:engage  obj=enemy|militant|rebel|insurgent|troop|troops|force@target  in=battle|combat|fighting
190  v:launch  obj=attack|offensive|assault|strike|operation|raid|invasion|incursion|counteroffensive|counterattack|campaign  on|against|in|into@target
190  v:mount  obj=attack|offensive|assault|strike|operation|raid|invasion|incursion|counteroffensive|counterattack|campaign  on|against|in|into@target
190  v:begin  obj=attack|offensive|assault|strike|operation|raid|invasion|incursion|counteroffensive|counterattack|campaign  on|against|in|into@target
190  v:start  obj=attack|offensive|assault|strike|operation|raid|invasion|incursion|counteroffensive|counterattack|campaign  on|against|in|into@target
190  v:stage  obj=attack|offensive|assault|strike|operation|raid|invasion|incursion|counteroffensive|counterattack|campaign  on|against|in|into@target
190  v:conduct  obj=attack|offensive|assault|strike|operation|raid|invasion|incursion|counteroffensive|counterattack|campaign  on|against|in|into@target
190  v:launch  obj=attack|offensive|assault|strike|operation|raid|invasion|incursion|counteroffensive|counterattack|campaign
190  v:mount  obj=attack|offensive|assault|strike|operation|raid|invasion|incursion|counteroffensive|counterattack|campaign
190  v:intensify  obj=attack|offensive|assault|strike|operation|raid|invasion|incursion|counteroffensive|counterattack|campaign|war|fighting  on|against|in@target
190  v:escalate  obj=attack|offensive|assault|strike|operation|raid|invasion|incursion|counteroffensive|counterattack|campaign|war|fighting  on|against|in@target
190  v:expand  obj=attack|offensive|assault|strike|operation|raid|invasion|incursion|counteroffensive|counterattack|campaign|war|fighting  on|against|in@target
190  v:widen  obj=attack|offensive|assault|strike|operation|raid|invasion|incursion|counteroffensive|counterattack|campaign|war|fighting  on|against|in@target
190  v:storm  obj=town|city|base|position|village|compound|stronghold|outpost|checkpoint|garrison|airport|barracks@target
190  v:overrun  obj=town|city|base|position|village|compound|stronghold|outpost|checkpoint|garrison|airport|barracks@target
190  v:clash  with@target
190  v:clash  !mutual
190  v:wage  obj=war|campaign|offensive|battle|insurgency  against|on@target
190  v:wage  obj=war|campaign|insurgency@target
190  v:go  to=war  with|against@target
190  v:declare  obj=war  on|against@target
190  v:repel  obj=attack|offensive|assault|raid|incursion
190  v:repulse  obj=attack|offensive|assault|raid|incursion
190  v:advance  on|toward|towards|into@target
190  v:push  into@target  nsubj=troop|troops|force|army|soldier|rebel|militant|tank
190  v:cross  obj=border|frontier  nsubj=troop|troops|force|army|soldier|tank
190  v:attack  obj@target  nsubj=troop|troops|force|army|soldier|military|navy|tank|unit
190  v:defeat  obj@target
190  v:rout  obj@target
190  v:destroy  obj=tank|position|base|bunker|depot|convoy|vehicle|aircraft|jet|drone|warship|ship|helicopter|battery|launcher@target
190  v:shoot+down  obj=plane|aircraft|jet|drone|helicopter|missile|airliner@target
190  v:down  obj=plane|aircraft|jet|drone|helicopter|missile@target
190  v:sink  obj=ship|vessel|warship|boat|submarine|cruiser|frigate@target
190  v:torpedo  obj=ship|vessel|warship|boat@target
190  v:kill  obj=soldier|troop|troops|fighter|militant|insurgent|rebel|combatant@target  nsubj=troop|troops|force|army|soldier|military|airstrike|strike
190  n:war  against|on|with@target
190  n:war  between@pair  !mutual
190  n:offensive  against|on|in@target
190  n:attack  on|against@target
190  n:attack  poss@source  on|against@target
190  n:invasion  of@target
190  n:invasion  poss@source  of@target
190  n:incursion  into|in@target
190  n:fighting  between@pair  !mutual
190  n:fighting  with@target
190  n:clash  between@pair  !mutual
190  n:clash  with@target
190  n:hostility  between@pair  !mutual
190  n:battle  between@pair  !mutual
190  n:battle  with|against@target
190  n:raid  on|against@target
190  n:operation  amod=military  against|in@target
190  v:hit  obj@target  nsubj=troop|troops|force|army|soldier|military|navy|tank|unit
190  v:retaliate  advmod=militarily  against@target
190  v:retake  obj  from@target
190  v:carry+out  obj=attack|raid|strike|operation|offensive  on|against@target
190  v:target  obj@target  with=attack|strike|raid|fire

## 191 Impose blockade, restrict movement
191  v:blockade  obj@target
191  v:blockade  obj=port|coast|strip|harbor|harbour|city|town|border|island|region|enclave|area@target
191  v:encircle  obj=port|coast|strip|harbor|harbour|city|town|border|island|region|enclave|area@target
191  v:surround  obj=port|coast|strip|harbor|harbour|city|town|border|island|region|enclave|area@target
191  v:besiege  obj=port|coast|strip|harbor|harbour|city|town|border|island|region|enclave|area@target
191  v:besiege  obj@target
191  v:encircle  obj@target
191  v:impose  obj=blockade|siege  on@target
191  v:enforce  obj=blockade|siege  on@target
191  v:tighten  obj=blockade|siege  on@target
191  v:impose  obj=blockade|siege
191  v:enforce  obj=blockade|siege
191  v:tighten  obj=blockade|siege
191  v:lay  obj=siege  to@target
191  v:put  obj@target  under=siege|blockade
191  v:close  obj=border|crossing|airspace|port|checkpoint|strait|passage|frontier|road|route|corridor  to|with@target
191  v:seal  obj=border|crossing|airspace|port|checkpoint|strait|passage|frontier|road|route|corridor  to|with@target
191  v:shut  obj=border|crossing|airspace|port|checkpoint|strait|passage|frontier|road|route|corridor  to|with@target
191  v:close  obj=border|crossing|airspace|strait|frontier|passage
191  v:seal  obj=border|crossing|airspace|strait|frontier|passage
191  v:shut  obj=border|crossing|airspace|strait|frontier|passage
191  v:seal+off  obj=area|town|city|border|region|district|village|neighborhood|neighbourhood|camp|enclave@target
191  v:cordon+off  obj=area|town|city|street|district|village|neighborhood|neighbourhood|camp|building@target
191  v:shut+down  obj=border|crossing|airspace|port
191  v:restrict  obj=movement|travel|access|entry|passage|flight|shipping|navigation  to|of|for|into@target
191  v:limit  obj=movement|travel|access|entry|passage|flight|shipping|navigation  to|of|for|into@target
191  v:curb  obj=movement|travel|access|entry|passage|flight|shipping|navigation  to|of|for|into@target
191  v:restrict  obj=movement|travel|access|entry|passage
191  v:limit  obj=movement|travel|access|entry|passage
191  v:set+up  obj=checkpoint|roadblock|blockade|cordon
191  v:erect  obj=checkpoint|wall|fence|barrier|cordon
191  v:establish  obj=checkpoint|wall|fence|barrier|cordon
191  v:build  obj=checkpoint|wall|fence|barrier|cordon
191  v:deny  obj=passage|access|entry  to@target
191  v:block  obj=ship|vessel|shipment|convoy|flight|access|route|passage  to|from@target
191  v:cut+off  obj=city|town|area|region|road|route|supply|supplies|access@target
191  v:intercept  obj=ship|vessel|boat|flotilla|convoy|flight|plane|aircraft@target
191  v:close  obj=airspace  to=flight|aircraft|airline|carrier
191  n:blockade  of|on|against@target
191  n:blockade  poss@source  of|on@target
191  n:siege  of@target
191  n:closure  of=border|crossing|airspace|strait|port
191  n:zone  amod=no-fly|exclusion|buffer
191  v:declare  obj=zone(amod=no-fly|exclusion|buffer)
191  v:impose  obj=zone(amod=no-fly|exclusion|buffer)
191  v:ground  obj=flight|plane|aircraft@target
191  v:force  obj=plane|aircraft|flight|jet|airliner@target  xcomp=land

## 192 Occupy territory
192  v:occupy  obj@target
192  v:annex  obj@target
192  v:occupy  obj=town|city|village|territory|region|area|base|airport|port|province|island|hill|district|border|capital|stronghold|position|crossing|airbase|outpost|bridge|dam|oilfield|field|mine|plant@target
192  v:annex  obj=town|city|village|territory|region|area|base|airport|port|province|island|hill|district|border|capital|stronghold|position|crossing|airbase|outpost|bridge|dam|oilfield|field|mine|plant@target
192  v:overrun  obj=town|city|village|territory|region|area|base|airport|port|province|island|hill|district|border|capital|stronghold|position|crossing|airbase|outpost|bridge|dam|oilfield|field|mine|plant@target
192  v:capture  obj=town|city|village|territory|region|area|base|airport|port|province|island|hill|district|border|capital|stronghold|position|crossing|airbase|outpost|bridge|dam|oilfield|field|mine|plant@target
192  v:seize  obj=town|city|village|territory|region|area|base|airport|port|province|island|hill|district|border|capital|stronghold|position|crossing|airbase|outpost|bridge|dam|oilfield|field|mine|plant@target
192  v:take  obj=town|city|village|territory|region|area|base|airport|port|province|island|hill|district|border|capital|stronghold|position|crossing|airbase|outpost|bridge|dam|oilfield|field|mine|plant@target
192  v:retake  obj=town|city|village|territory|region|area|base|airport|port|province|island|hill|district|border|capital|stronghold|position|crossing|airbase|outpost|bridge|dam|oilfield|field|mine|plant@target
192  v:recapture  obj=town|city|village|territory|region|area|base|airport|port|province|island|hill|district|border|capital|stronghold|position|crossing|airbase|outpost|bridge|dam|oilfield|field|mine|plant@target
192  v:conquer  obj=town|city|village|territory|region|area|base|airport|port|province|island|hill|district|border|capital|stronghold|position|crossing|airbase|outpost|bridge|dam|oilfield|field|mine|plant@target
192  v:take  obj=control  of|over@target
192  v:seize  obj=control  of|over@target
192  v:gain  obj=control  of|over@target
192  v:wrest  obj=control  of|over@target
192  v:assume  obj=control  of|over@target
192  v:take+over  obj=town|city|village|territory|region|area|base|airport|port|province|island|hill|district|border|capital|stronghold|position|crossing|airbase|outpost|bridge|dam|oilfield|field|mine|plant@target
192  v:take+over  obj@target
192  v:move  into=town|city|village|territory|region|area|base|airport|port|province|island|hill|district|border|capital|stronghold|position|crossing|airbase|outpost|bridge|dam|oilfield|field|mine|plant  nsubj=troop|troops|force|army|soldier|tank|rebel|militant|fighter
192  v:enter  obj=town|city|village|territory|region|area|base|airport|port|province|island|hill|district|border|capital|stronghold|position|crossing|airbase|outpost|bridge|dam|oilfield|field|mine|plant@target  nsubj=troop|troops|force|army|soldier|tank|rebel|militant|fighter
192  v:roll  into@target  nsubj=tank|troop|troops|force|army|column
192  v:march  into@target  nsubj=troop|troops|force|army|soldier|rebel|militant|fighter
192  v:hold  obj=town|city|village|territory|region|area|base|airport|port|province|island|hill|district|border|capital|stronghold|position|crossing|airbase|outpost|bridge|dam|oilfield|field|mine|plant@target  nsubj=troop|troops|force|army|soldier|rebel|militant|fighter
192  v:establish  obj=control|foothold|presence|outpost|settlement  in|over@target
192  v:build  obj=settlement|outpost|base  in|on@target
192  v:expand  obj=settlement|outpost@target
192  v:settle  obj=land|territory|area@target
192  v:claim  obj=control(of@target)
192  v:claim  obj=capture(of@target)
192  n:occupation  of@target
192  n:occupation  poss@source  of@target
192  n:annexation  of@target
192  n:annexation  poss@source  of@target
192  n:capture  of=town|city|village|territory|region|area|base|airport|port|province|island|hill|district|border|capital|stronghold|position|crossing|airbase|outpost|bridge|dam|oilfield|field|mine|plant
192  n:takeover  of@target
192  n:seizure  of=town|city|village|territory|region|area|base|airport|port|province|island|hill|district|border|capital|stronghold|position|crossing|airbase|outpost|bridge|dam|oilfield|field|mine|plant
192  v:plant  obj=flag  in|on|over@target
192  v:raise  obj=flag@target  over=town|city|village|territory|region|area|base|airport|port|province|island|hill|district|border|capital|stronghold|position|crossing|airbase|outpost|bridge|dam|oilfield|field|mine|plant

## 193 Fight with small arms and light weapons
193  v:shoot  obj@target
193  v:fire  at|on@target
193  v:shoot  at|on@target
193  v:open  obj=fire  on|at@target
193  v:open  obj=fire
193  v:exchange  obj=fire|gunfire|shot  with@target  !mutual
193  v:trade  obj=fire|gunfire|shot  with@target  !mutual
193  v:exchange  obj=fire|gunfire|shot  !mutual
193  v:trade  obj=fire|gunfire|shot  !mutual
193  v:fire  obj=shot|bullet|round|volley  at|on|into@target
193  v:fire  obj=shot|bullet|round|volley
193  v:snipe  at@target
193  v:spray  obj@target  with=bullet|gunfire|fire
193  v:pepper  obj@target  with=bullet|gunfire
193  v:machine-gun  obj@target
193  v:ambush  obj@target
193  v:ambush  obj=convoy|patrol|soldier|troop|troops|police|bus|vehicle@target
193  v:attack  obj@target  with=gun|rifle|weapon|pistol|machine-gun|firearm|sniper
193  v:kill  obj@target  with=gun|rifle|weapon|pistol|machine-gun|firearm|sniper
193  n:gunfire  from@source
193  n:gunfire  between@pair  !mutual
193  n:firefight  with@target
193  n:firefight  between@pair  !mutual
193  n:shootout  with@target
193  n:shootout  between@pair  !mutual
193  n:gunbattle  with@target
193  n:gunbattle  between@pair  !mutual
193  n:exchange  of=fire|gunfire  between@pair  !mutual
193  n:exchange  of=fire|gunfire  with@target  !mutual
193  n:shooting  at|of@target
193  n:ambush  on|against@target
193  v:shoot  obj@target  with=gun|rifle|weapon|pistol|machine-gun|firearm|sniper
193  v:wound  obj@target  with=gun|rifle|weapon|pistol|machine-gun|firearm|sniper|gunfire|bullet
193  v:shoot  obj=soldier|troop|troops|policeman|officer|guard@target  nsubj=gunman|sniper|militant|rebel|insurgent|fighter
193  v:trade  obj=fire  across=border|line|frontier  !mutual

## 194 Fight with artillery and tanks
194  v:shell  obj@target
194  v:bombard  obj@target
194  v:pound  obj@target
194  v:pound  obj@target  with=shell|rocket|mortar|artillery|tank|howitzer|barrage|fire(amod=artillery|tank)
194  v:hit  obj@target  with=shell|rocket|mortar|artillery|tank|howitzer|barrage|fire(amod=artillery|tank)
194  v:strike  obj@target  with=shell|rocket|mortar|artillery|tank|howitzer|barrage|fire(amod=artillery|tank)
194  v:attack  obj@target  with=shell|rocket|mortar|artillery|tank|howitzer|barrage|fire(amod=artillery|tank)
194  v:fire  obj=shell|rocket|mortar|artillery|round|projectile|barrage  at|on|into|toward|towards@target
194  v:launch  obj=shell|rocket|mortar|artillery|round|projectile|barrage  at|on|into|toward|towards@target
194  v:lob  obj=shell|rocket|mortar|artillery|round|projectile|barrage  at|on|into|toward|towards@target
194  v:rain  obj=shell|rocket|mortar|artillery|round|projectile|barrage  at|on|into|toward|towards@target
194  v:fire  obj=shell|rocket|mortar|artillery|round|projectile|barrage
194  v:launch  obj=shell|rocket|mortar|artillery|round|projectile|barrage
194  v:lob  obj=shell|rocket|mortar|artillery|round|projectile|barrage
194  v:rain  obj=shell|rocket|mortar  on|down@target
194  v:rain+down  obj=shell|rocket|mortar  on@target
194  v:shell  obj=town|city|village|territory|region|area|base|airport|port|province|island|hill|district|border|capital|stronghold|position|crossing|airbase|outpost|bridge|dam|oilfield|field|mine|plant@target
194  v:bombard  obj=town|city|village|territory|region|area|base|airport|port|province|island|hill|district|border|capital|stronghold|position|crossing|airbase|outpost|bridge|dam|oilfield|field|mine|plant@target
194  v:target  obj@target  with=shell|rocket|mortar|artillery|tank|barrage
194  v:open  obj=fire  with=artillery|tank|mortar|gun(compound=tank)
194  n:shelling  of@target
194  n:shelling  by@source
194  n:shelling  on@target
194  n:bombardment  of|on@target
194  n:barrage  of=shell|rocket|mortar|artillery|fire  on|at|into@target
194  n:fire  compound=artillery|tank|mortar|rocket  on|at@target
194  n:attack  compound=rocket|mortar|artillery|tank  on|against@target
194  v:fire  on|at@target  nsubj=tank|artillery|gunboat|battery|howitzer|mortar
194  v:hit  obj@target  nsubj=shell|rocket|mortar|round|projectile
194  v:strike  obj@target  nsubj=shell|rocket|mortar|round|projectile
194  v:land  in|on@target  nsubj=shell|rocket|mortar|round|projectile

## 195 Employ aerial weapons
195  v:bomb  nsubj=warplane|jet|aircraft|bomber|drone|helicopter|plane|fighter|gunship@source  obj@target
195  v:strike  nsubj=warplane|jet|aircraft|bomber|drone|helicopter|plane|fighter|gunship@source  obj@target
195  v:hit  nsubj=warplane|jet|aircraft|bomber|drone|helicopter|plane|fighter|gunship@source  obj@target
195  v:attack  nsubj=warplane|jet|aircraft|bomber|drone|helicopter|plane|fighter|gunship@source  obj@target
195  v:target  nsubj=warplane|jet|aircraft|bomber|drone|helicopter|plane|fighter|gunship@source  obj@target
195  v:pound  nsubj=warplane|jet|aircraft|bomber|drone|helicopter|plane|fighter|gunship@source  obj@target
195  v:launch  obj=airstrike|air-strike|air-raid|sortie  on|against|in@target
195  v:conduct  obj=airstrike|air-strike|air-raid|sortie  on|against|in@target
195  v:stage  obj=airstrike|air-strike|air-raid|sortie  on|against|in@target
195  v:mount  obj=airstrike|air-strike|air-raid|sortie  on|against|in@target
195  v:intensify  obj=airstrike|air-strike|air-raid|sortie  on|against|in@target
195  v:launch  obj=strike|raid|attack|bombing|campaign(compound=air|drone|missile)  on|against|in@target
195  v:conduct  obj=strike|raid|attack|bombing|campaign(compound=air|drone|missile)  on|against|in@target
195  v:stage  obj=strike|raid|attack|bombing|campaign(compound=air|drone|missile)  on|against|in@target
195  v:mount  obj=strike|raid|attack|bombing|campaign(compound=air|drone|missile)  on|against|in@target
195  v:intensify  obj=strike|raid|attack|bombing|campaign(compound=air|drone|missile)  on|against|in@target
195  v:carry+out  obj=airstrike|air-strike|air-raid|sortie  on|against|in@target
195  v:carry+out  obj=strike|raid|attack|bombing(compound=air|drone|missile)  on|against|in@target
195  v:carry+out  obj=airstrike|air-strike|air-raid
195  v:fire  obj=missile|rocket(amod=cruise|ballistic|air-to-ground|hypersonic)  at|on|into@target
195  v:launch  obj=missile|rocket(amod=cruise|ballistic|air-to-ground|hypersonic)  at|on|into@target
195  v:fire  obj=missile  at|on|into@target
195  v:launch  obj=missile  at|on|into@target
195  v:drop  obj=bomb|munition|barrel-bomb|explosive  on|over@target
195  v:drop  obj=bomb(compound=barrel|cluster)  on|over@target
195  v:drop  obj=bomb|munition|barrel-bomb
195  v:strafe  obj@target
195  v:hit  obj@target  with=airstrike|missile|drone|strike(compound=air|drone|missile)
195  v:target  obj@target  with=airstrike|missile|drone|strike(compound=air|drone|missile)
195  v:bomb  obj@target  from=air
195  n:airstrike  on|against|in@target
195  n:airstrike  by@source
195  n:air-strike  on|against|in@target
195  n:strike  compound=air|drone|missile  on|against|in@target
195  n:strike  amod=aerial  on|against|in@target
195  n:raid  compound=air  on|against|in@target
195  n:bombing  amod=aerial  of@target
195  n:bombing  compound=carpet  of@target
195  n:bombardment  amod=aerial  of@target
195  n:attack  compound=drone|missile  on|against@target
195  v:launch  obj=drone  at|against@target

## 196 Violate ceasefire
196  v:violate  obj=ceasefire|truce|cease-fire|armistice
196  v:break  obj=ceasefire|truce|cease-fire|armistice
196  v:breach  obj=ceasefire|truce|cease-fire|armistice
196  v:violate  obj=agreement(compound=ceasefire)
196  v:break  obj=agreement(compound=ceasefire)
196  v:breach  obj=agreement(compound=ceasefire)
196  v:violate  obj=ceasefire|truce|cease-fire  by=firing|shelling|attacking
196  v:shatter  obj=ceasefire|truce|calm
196  v:undermine  obj=ceasefire|truce
196  v:wreck  obj=ceasefire|truce
196  v:end  obj=ceasefire|truce  advmod=unilaterally
196  v:resume  obj=attack|shelling|fighting|hostility|strike|bombing|offensive  despite=ceasefire|truce
196  v:resume  obj=attack|shelling|fighting|hostility|strike|bombing|offensive
196  v:attack  obj@target  despite=ceasefire|truce
196  v:shell  obj@target  despite=ceasefire|truce
196  v:fire  at|on@target  in=violation(of=ceasefire|truce)
196  v:attack  obj@target  in=violation(of=ceasefire|truce)
196  v:shell  obj@target  in=violation(of=ceasefire|truce)
196  n:violation  of=ceasefire|truce|cease-fire|armistice
196  n:violation  compound=ceasefire|truce
196  n:breach  of=ceasefire|truce|cease-fire

## Added from the PLOVER development half (odd ids) and Wikinews verbs with no pattern (2026-11-29)
192  v:capture  obj=part|much|most|half|portion(of=town|city|village|territory|region|area|base|stronghold|capital|province|district|airport|port)
192  v:seize  obj=part|much|most|half|portion(of=town|city|village|territory|region|area|base|stronghold|capital|province|district|airport|port)

## Unrestricted forms of lemma lists whose nested restriction applies to every alternative (2026-11-29)
194  v:pound  obj@target  with=shell|rocket|mortar|artillery|tank|howitzer|barrage
194  v:hit  obj@target  with=shell|rocket|mortar|artillery|tank|howitzer|barrage
194  v:strike  obj@target  with=shell|rocket|mortar|artillery|tank|howitzer|barrage
194  v:attack  obj@target  with=shell|rocket|mortar|artillery|tank|howitzer|barrage
194  v:open  obj=fire  with=artillery|tank|mortar
195  v:hit  obj@target  with=airstrike|missile|drone
195  v:target  obj@target  with=airstrike|missile|drone
