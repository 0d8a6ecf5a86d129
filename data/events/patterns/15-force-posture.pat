# dyad event dictionary: CAMEO root 15 (EXHIBIT FORCE POSTURE)
# Format: data/events/FORMAT.md. One pattern per line: CODE  TRIGGER  ARGUMENTS...
@format 1
@version 0.1.0

## 150 Demonstrate military or police power, not specified below
150  v:show  obj=force|strength|muscle|might|power(amod=military)
150  v:demonstrate  obj=force|strength|muscle|might|power(amod=military)
150  v:flex  obj=force|strength|muscle|might|power(amod=military)
150  v:display  obj=force|strength|muscle|might|power(amod=military)
150  v:project  obj=force|strength|muscle|might|power(amod=military)
150  v:show  obj=force|strength|muscle|might
150  v:demonstrate  obj=force|strength|muscle|might
150  v:flex  obj=force|strength|muscle|might
150  v:display  obj=force|strength|muscle|might
150  v:parade  obj=weapon|tank|missile|troop|troops|hardware
150  v:hold  obj=parade(amod=military)
150  v:stage  obj=parade(amod=military)
150  v:conduct  obj=exercise|drill|maneuver|manoeuvre|war-game|wargame
150  v:hold  obj=exercise|drill|maneuver|manoeuvre|war-game|wargame
150  v:stage  obj=exercise|drill|maneuver|manoeuvre|war-game|wargame
150  v:launch  obj=exercise|drill|maneuver|manoeuvre|war-game|wargame
150  v:begin  obj=exercise|drill|maneuver|manoeuvre|war-game|wargame
150  v:conduct  obj=exercise|drill|maneuver|manoeuvre  near=border|coast|island|strait|frontier
150  v:hold  obj=exercise|drill|maneuver|manoeuvre  near=border|coast|island|strait|frontier
150  v:stage  obj=exercise|drill|maneuver|manoeuvre  near=border|coast|island|strait|frontier
150  v:test  obj=missile|rocket(amod=ballistic|cruise|hypersonic|intercontinental)
150  v:test-fire  obj=missile|rocket(amod=ballistic|cruise|hypersonic|intercontinental)
150  v:fire  obj=missile|rocket(amod=ballistic|cruise|hypersonic|intercontinental)
150  v:launch  obj=missile|rocket(amod=ballistic|cruise|hypersonic|intercontinental)
150  v:test  obj=missile|rocket|weapon|engine|bomb|device
150  v:test-fire  obj=missile|rocket
150  v:conduct  obj=test(amod=nuclear|missile)
150  v:carry+out  obj=test(amod=nuclear|missile)
150  n:test  compound=missile
150  n:show  of=force|strength
150  v:patrol  obj=water|border|sea|strait|area|airspace|street
150  v:sail  through|near=strait|water|island|sea  nsubj=warship|carrier|destroyer|ship|vessel|fleet
150  v:fly  obj=bomber|jet|sortie|aircraft  near|over=border|island|strait|coast
150  v:send  obj=carrier|warship|bomber|destroyer|fleet|submarine  to=region|sea|strait|gulf|coast|area
150  v:buzz  obj=ship|vessel|plane|aircraft|destroyer
150  v:fly  over@target  nsubj=jet|plane|bomber|aircraft|drone
150  v:unveil  obj=missile|weapon|drone|tank|jet|warship|submarine
150  n:exercise  amod=military  near@target
150  n:drill  amod=military|naval|live-fire  near@target

## 151 Increase police alert status
151  v:raise  obj=security|alert|vigilance
151  v:increase  obj=security|alert|vigilance
151  v:heighten  obj=security|alert|vigilance
151  v:tighten  obj=security|alert|vigilance
151  v:boost  obj=security|alert|vigilance
151  v:raise  obj=level(compound=threat|alert|security)
151  v:increase  obj=level(compound=threat|alert|security)
151  v:heighten  obj=level(compound=threat|alert|security)
151  v:step+up  obj=security|patrol|check|checkpoint|vigilance
151  v:beef+up  obj=security|patrol|presence(compound=police)
151  v:put  obj=police|officer|force|agent|guard  on=alert(amod=high|maximum)
151  v:place  obj=police|officer|force|agent|guard  on=alert(amod=high|maximum)
151  v:put  obj=police|officer|force|agent|guard  on=alert
151  v:place  obj=police|officer|force|agent|guard  on=alert
151  v:declare  obj=alert(amod=security|terror)
151  v:raise  obj=alert|level  to=highest|high|maximum|red|critical
151  v:tighten  obj=check|control|screening  at=border|airport|checkpoint|crossing
151  v:set+up  obj=checkpoint  nsubj=police|officer|authority|security
151  n:alert  compound=security|terror
151  v:heighten  obj=security  around|at|near@target
151  v:intensify  obj=patrol|security|check

## 152 Increase military alert status
152  v:put  obj=troop|troops|force|army|military|unit|soldier|navy|fleet  on=alert|readiness|standby|footing
152  v:place  obj=troop|troops|force|army|military|unit|soldier|navy|fleet  on=alert|readiness|standby|footing
152  v:raise  obj=readiness|alert|level(amod=military|combat|defense|defence)
152  v:increase  obj=readiness|alert|level(amod=military|combat|defense|defence)
152  v:heighten  obj=readiness|alert|level(amod=military|combat|defense|defence)
152  v:boost  obj=readiness|alert|level(amod=military|combat|defense|defence)
152  v:declare  obj=alert|readiness(amod=military|combat|high)
152  v:scramble  obj=jet|fighter|aircraft|plane|interceptor
152  v:order  obj=troop|troops|force|army|military  xcomp=prepare|ready|mobilize|stand
152  v:order  obj=troop|troops|force|army|military  to=alert|readiness
152  v:put  obj=force|arsenal(amod=nuclear)  on=alert
152  v:go  on=alert|footing  nsubj=troop|troops|force|army|military|unit
152  n:alert  amod=military|combat
152  v:ready  obj=troop|troops|force|unit|army

## 153 Mobilize or increase police power
153  v:deploy  obj=police|officer|riot|gendarme|gendarmerie|guardsman|reinforcement|trooper|agent
153  v:send  obj=police|officer|riot|gendarme|gendarmerie|guardsman|reinforcement|trooper|agent
153  v:dispatch  obj=police|officer|riot|gendarme|gendarmerie|guardsman|reinforcement|trooper|agent
153  v:mobilize  obj=police|officer|riot|gendarme|gendarmerie|guardsman|reinforcement|trooper|agent
153  v:mobilise  obj=police|officer|riot|gendarme|gendarmerie|guardsman|reinforcement|trooper|agent
153  v:station  obj=police|officer|riot|gendarme|gendarmerie|guardsman|reinforcement|trooper|agent
153  v:deploy  obj=police|officer|riot|gendarme|gendarmerie|guardsman|reinforcement|trooper|agent  to@target
153  v:send  obj=police|officer|riot|gendarme|gendarmerie|guardsman|reinforcement|trooper|agent  to@target
153  v:dispatch  obj=police|officer|riot|gendarme|gendarmerie|guardsman|reinforcement|trooper|agent  to@target
153  v:deploy  obj=police|unit|force(compound=riot|police)
153  v:send  obj=police|unit|force(compound=riot|police)
153  v:reinforce  obj=police
153  v:bolster  obj=police
153  v:boost  obj=police
153  v:increase  obj=police
153  v:expand  obj=police
153  v:reinforce  obj=force(compound=police|security)
153  v:bolster  obj=force(compound=police|security)
153  v:boost  obj=force(compound=police|security)
153  v:increase  obj=force(compound=police|security)
153  v:expand  obj=force(compound=police|security)
153  v:recruit  obj=officer|police|agent
153  v:flood  obj=street|city|area  with=police|officer|agent
153  v:call+in  obj=police|officer|riot|gendarme|gendarmerie|guardsman|reinforcement|trooper|agent
153  v:call+in  obj=guard(compound=national)
153  v:deploy  obj=guard(compound=national)
153  n:deployment  of=police|officer|riot|gendarme|gendarmerie|guardsman|reinforcement|trooper|agent
153  v:mass  obj=police|officer  outside|near|at@target
153  v:arm  obj=police|officer

## 154 Mobilize or increase armed forces
154  v:deploy  obj=troop|troops|soldier|force|army|tank|warship|jet|battalion|brigade|missile|unit|division|paratrooper|marine|reservist|carrier|bomber|submarine|fighter|artillery
154  v:mobilize  obj=troop|troops|soldier|force|army|tank|warship|jet|battalion|brigade|missile|unit|division|paratrooper|marine|reservist|carrier|bomber|submarine|fighter|artillery
154  v:mobilise  obj=troop|troops|soldier|force|army|tank|warship|jet|battalion|brigade|missile|unit|division|paratrooper|marine|reservist|carrier|bomber|submarine|fighter|artillery
154  v:mass  obj=troop|troops|soldier|force|army|tank|warship|jet|battalion|brigade|missile|unit|division|paratrooper|marine|reservist|carrier|bomber|submarine|fighter|artillery
154  v:amass  obj=troop|troops|soldier|force|army|tank|warship|jet|battalion|brigade|missile|unit|division|paratrooper|marine|reservist|carrier|bomber|submarine|fighter|artillery
154  v:station  obj=troop|troops|soldier|force|army|tank|warship|jet|battalion|brigade|missile|unit|division|paratrooper|marine|reservist|carrier|bomber|submarine|fighter|artillery
154  v:move  obj=troop|troops|soldier|force|army|tank|warship|jet|battalion|brigade|missile|unit|division|paratrooper|marine|reservist|carrier|bomber|submarine|fighter|artillery
154  v:position  obj=troop|troops|soldier|force|army|tank|warship|jet|battalion|brigade|missile|unit|division|paratrooper|marine|reservist|carrier|bomber|submarine|fighter|artillery
154  v:deploy  obj=troop|troops|soldier|force|army|tank|warship|jet|battalion|brigade|missile|unit|division|paratrooper|marine|reservist|carrier|bomber|submarine|fighter|artillery  to@target
154  v:send  obj=troop|troops|soldier|force|army|tank|warship|jet|battalion|brigade|missile|unit|division|paratrooper|marine|reservist|carrier|bomber|submarine|fighter|artillery  to@target
154  v:dispatch  obj=troop|troops|soldier|force|army|tank|warship|jet|battalion|brigade|missile|unit|division|paratrooper|marine|reservist|carrier|bomber|submarine|fighter|artillery  to@target
154  v:move  obj=troop|troops|soldier|force|army|tank|warship|jet|battalion|brigade|missile|unit|division|paratrooper|marine|reservist|carrier|bomber|submarine|fighter|artillery  to@target
154  v:mass  obj=troop|troops|soldier|force|army|tank|warship|jet|battalion|brigade|missile|unit|division|paratrooper|marine|reservist|carrier|bomber|submarine|fighter|artillery  near|along|on=border|frontier|coast|line
154  v:amass  obj=troop|troops|soldier|force|army|tank|warship|jet|battalion|brigade|missile|unit|division|paratrooper|marine|reservist|carrier|bomber|submarine|fighter|artillery  near|along|on=border|frontier|coast|line
154  v:deploy  obj=troop|troops|soldier|force|army|tank|warship|jet|battalion|brigade|missile|unit|division|paratrooper|marine|reservist|carrier|bomber|submarine|fighter|artillery  near|along|on=border|frontier|coast|line
154  v:call+up  obj=reservist|reserve|conscript
154  v:reinforce  obj=troop|troops|garrison|position|border|defense|defence
154  v:build+up  obj=force|presence|troop|troops|arsenal
154  v:boost  obj=presence|deployment|force(amod=military|naval)
154  v:increase  obj=presence|deployment|force(amod=military|naval)
154  v:expand  obj=presence|deployment|force(amod=military|naval)
154  v:bolster  obj=presence|deployment|force(amod=military|naval)
154  v:strengthen  obj=presence|deployment|force(amod=military|naval)
154  v:conscript  obj=soldier|man|reservist|fighter|recruit
154  v:draft  obj=soldier|man|reservist|fighter|recruit
154  v:recruit  obj=soldier|man|reservist|fighter|recruit
154  v:announce  obj=mobilization|mobilisation(amod=partial|general|military)
154  v:order  obj=mobilization|mobilisation
154  n:buildup  amod=military  near|along|on@target
154  n:buildup  of=troop|troops|force
154  n:deployment  of=troop|troops|soldier|force|army|tank|warship|jet|battalion|brigade|missile|unit|division|paratrooper|marine|reservist|carrier|bomber|submarine|fighter|artillery
154  n:deployment  of=troop|troops|soldier|force|army|tank|warship|jet|battalion|brigade|missile|unit|division|paratrooper|marine|reservist|carrier|bomber|submarine|fighter|artillery  to@target
154  n:mobilization  of=troop|troops|reservist|army|force
154  v:increase  obj=spending|budget(amod=military|defense|defence)
154  v:raise  obj=army|militia|force
154  v:arm  obj=militia|volunteer|civilian

## Added from the PLOVER development half (odd ids) and Wikinews verbs with no pattern (2026-11-29)
154  v:strengthen  obj=force|troop|troops|garrison|presence|contingent  in@target
154  v:strengthen  obj=troop|troops|garrison|contingent
154  v:reinforce  obj=troop|troops|garrison|position|force  in|along@target
154  v:bolster  obj=force|troop|troops|garrison|presence|contingent
154  v:bolster  obj=force|troop|troops|garrison|presence|contingent  in@target
154  v:beef+up  obj=force|troop|troops|garrison|presence|contingent
154  v:beef+up  obj=force|troop|troops|garrison|presence|contingent  in@target
154  v:deploy  obj=guard|guardsman|reservist|reinforcement
154  v:deploy  obj=guard|guardsman|reservist|reinforcement  to@target
150  v:launch  obj=game(compound=war)
150  v:hold  obj=game(compound=war)
150  v:conduct  obj=game(compound=war)
150  v:stage  obj=game(compound=war)
150  v:launch  obj=day|week(of=exercise|drill|maneuver|manoeuvre|game)
152  v:remain  on=alert|standby|footing  nsubj=troop|troops|force|army|military|unit|soldier|navy|fleet
152  v:stay  on=alert|standby|footing  nsubj=troop|troops|force|army|military|unit|soldier|navy|fleet
151  v:remain  on=alert|standby  nsubj=police|officer|gendarme|gendarmerie

## Unrestricted forms of lemma lists whose nested restriction applies to every alternative (2026-11-29)
153  v:deploy  obj=police
