# dyad event dictionary: CAMEO root 20 (USE UNCONVENTIONAL MASS VIOLENCE)
# Format: data/events/FORMAT.md. One pattern per line: CODE  TRIGGER  ARGUMENTS...
@format 1
@version 0.1.0

## 200 Use unconventional mass violence, not specified below
200  v:commit  obj=atrocity  against@target
200  v:commit  obj=atrocity(amod=mass)
200  v:perpetrate  obj=atrocity(amod=mass)
200  v:unleash  obj=violence|terror(amod=mass)  on|against@target
200  n:atrocity  against@target
200  n:violence  amod=mass  against@target
200  v:carry+out  obj=atrocity  against@target
200  v:kill  obj=hundred|thousand@target
200  v:decimate  obj=population|village|community|tribe@target
200  v:raze  obj=village|town@target(amod=entire)
200  v:wipe+out  obj=village|town|population|community|family@target
200  v:slaughter  obj=hundred|thousand|dozen|score@target

## 201 Engage in mass expulsion
201  v:expel  obj=population|resident|villager|people|minority|thousand|hundred|community|inhabitant|family|tribe|muslim|christian@target
201  v:deport  obj=population|resident|villager|people|minority|thousand|hundred|community|inhabitant|family|tribe|muslim|christian@target
201  v:drive  obj=population|resident|villager|people|minority|thousand|hundred|community|inhabitant|family|tribe|muslim|christian@target
201  v:force  obj=population|resident|villager|people|minority|thousand|hundred|community|inhabitant|family|tribe|muslim|christian@target
201  v:push  obj=population|resident|villager|people|minority|thousand|hundred|community|inhabitant|family|tribe|muslim|christian@target
201  v:uproot  obj=population|resident|villager|people|minority|thousand|hundred|community|inhabitant|family|tribe|muslim|christian@target
201  v:drive+out  obj=population|resident|villager|people|minority|thousand|hundred|community|inhabitant|family|tribe|muslim|christian@target
201  v:force+out  obj=population|resident|villager|people|minority|thousand|hundred|community|inhabitant|family|tribe|muslim|christian@target
201  v:displace  obj=population|resident|villager|people|minority|thousand|hundred|community|inhabitant|family|tribe|muslim|christian@target
201  v:displace  obj@target
201  v:force  obj=population|resident|villager|people|minority|thousand|hundred|community|inhabitant|family|tribe|muslim|christian@target  xcomp=flee|leave
201  v:force  obj=population|resident|villager|people|minority|thousand|hundred|community|inhabitant|family|tribe|muslim|christian@target  from=home|land|village|region
201  v:evict  obj=population|resident|villager|people|minority|thousand|hundred|community|inhabitant|family|tribe|muslim|christian@target
201  v:transfer  obj=population|resident|people|child@target  advmod=forcibly
201  v:relocate  obj=population|resident|villager|people|community@target  advmod=forcibly
201  n:expulsion  amod=mass  of@target
201  n:deportation  amod=mass  of@target
201  n:displacement  amod=mass|forced  of@target
201  n:exodus  amod=forced
201  n:transfer  amod=forced|forcible  of=population|resident|people|child
201  v:depopulate  obj

## 202 Engage in mass killings
202  v:massacre  obj@target
202  v:slaughter  obj@target
202  v:exterminate  obj@target
202  v:annihilate  obj@target
202  v:massacre  obj
202  n:massacre  of@target
202  n:massacre  by@source
202  n:massacre  in@target
202  n:killing  amod=mass  of@target
202  n:killing  amod=mass
202  n:slaughter  of@target
202  n:genocide  against|of@target
202  v:commit  obj=massacre|genocide|slaughter
202  v:perpetrate  obj=massacre|genocide|slaughter
202  v:commit  obj=massacre|genocide|slaughter  against|in@target
202  v:perpetrate  obj=massacre|genocide|slaughter  against|in@target
202  v:carry+out  obj=massacre|genocide
202  v:carry+out  obj=killing@target(amod=mass)
202  v:carry+out  obj=massacre|genocide  against|of|in@target
202  v:kill  obj=hundred|thousand  of@target
202  v:execute  obj=hundred|thousand|dozen@target
202  v:bury  obj=victim|body@target  in=grave(amod=mass)
202  n:grave  amod=mass
202  v:mow+down  obj@target

## 203 Engage in ethnic cleansing
203  v:cleanse  obj@target  advmod=ethnically
203  v:cleanse  obj=area|region|village|town|territory  advmod=ethnically
203  v:cleanse  obj=area|region|village|town|territory  of@target
203  v:carry  obj=cleansing(amod=ethnic)
203  v:commit  obj=cleansing(amod=ethnic)
203  v:conduct  obj=cleansing(amod=ethnic)
203  v:perpetrate  obj=cleansing(amod=ethnic)
203  v:carry+out  obj=cleansing(amod=ethnic)
203  v:carry+out  obj=cleansing(amod=ethnic)  against|of@target
203  v:commit  obj=cleansing(amod=ethnic)  against@target
203  v:engage  in=cleansing(amod=ethnic)
203  v:engage  in=cleansing(amod=ethnic)  against@target
203  n:cleansing  amod=ethnic
203  n:cleansing  amod=ethnic  of@target
203  n:cleansing  amod=ethnic  by@source
203  v:purge  obj=minority|population|community|group(amod=ethnic)
203  v:rid  obj=area|region|village|town|territory  of@target
203  v:target  obj@target  on=basis|ground(of=ethnicity|religion)

## 204 Use weapons of mass destruction, not specified below
204  v:use  obj=weapon(of=destruction)
204  v:use  obj=weapon(of=destruction)  against|on@target
204  v:deploy  obj=weapon(of=destruction)
204  v:attack  obj@target  with=weapon(of=destruction)
204  v:detonate  obj=bomb(amod=dirty)
204  v:detonate  obj=device|bomb(amod=radiological)
204  n:bomb  amod=dirty
204  v:release  obj=agent|substance|material(amod=toxic|radioactive|lethal)  on|against|in@target

## 2041 Use chemical, biological, or radiological weapons
2041  v:use  obj=weapon|agent|gas|munition(amod=chemical|biological|toxic|poison|nerve)
2041  v:use  obj=weapon|agent|gas|munition(amod=chemical|biological|toxic|poison|nerve)  against|on@target
2041  v:use  obj=sarin|chlorine|anthrax|vx|ricin|novichok
2041  v:use  obj=gas(compound=nerve|mustard|chlorine|sarin)
2041  v:use  obj=sarin|chlorine|anthrax|vx|ricin|novichok  against|on@target
2041  v:use  obj=gas(compound=nerve|mustard|chlorine|sarin)  against|on@target
2041  v:deploy  obj=weapon|munition|shell|bomb|rocket(amod=chemical|biological)
2041  v:fire  obj=weapon|munition|shell|bomb|rocket(amod=chemical|biological)
2041  v:drop  obj=weapon|munition|shell|bomb|rocket(amod=chemical|biological)
2041  v:launch  obj=weapon|munition|shell|bomb|rocket(amod=chemical|biological)
2041  v:gas  obj@target
2041  v:attack  obj@target  with=gas|sarin|chlorine|agent|weapon(amod=chemical|poison|toxic|nerve)
2041  v:attack  obj@target  with=sarin|chlorine|anthrax|vx|novichok|ricin
2041  v:poison  obj@target  with=sarin|novichok|agent|ricin|polonium|vx|toxin
2041  v:launch  obj=attack(amod=chemical|biological)  on|against@target
2041  v:carry+out  obj=attack(amod=chemical|biological)
2041  n:attack  amod=chemical|biological  on|against|in@target
2041  n:attack  compound=gas|chlorine|sarin|anthrax|poison  on|against|in@target
2041  n:attack  amod=chemical|biological
2041  n:use  of=weapon(amod=chemical|biological)
2041  n:use  of=sarin|chlorine|gas|agent(compound=nerve)
2041  v:spray  obj=gas|agent|chemical|pesticide  on|over@target
2041  v:release  obj=gas|agent|toxin(amod=toxic|nerve|poisonous)  on|in@target
2041  v:spread  obj=anthrax|pathogen|virus|toxin  advmod=deliberately

## 2042 Detonate nuclear weapons
2042  v:detonate  obj=bomb|weapon|device|warhead(amod=nuclear|atomic|thermonuclear)
2042  v:explode  obj=bomb|weapon|device|warhead(amod=nuclear|atomic|thermonuclear)
2042  v:drop  obj=bomb|weapon(amod=nuclear|atomic)  on@target
2042  v:drop  obj=bomb(compound=atom|hydrogen)  on@target
2042  v:use  obj=weapon|bomb|warhead(amod=nuclear|atomic|tactical)  against|on@target
2042  v:use  obj=weapon|bomb|warhead(amod=nuclear|atomic)
2042  v:launch  obj=strike|attack|missile|warhead(amod=nuclear)  on|against|at@target
2042  v:carry+out  obj=strike|attack(amod=nuclear)  on|against@target
2042  v:fire  obj=missile|warhead(amod=nuclear)  at|on@target
2042  v:nuke  obj@target
2042  v:attack  obj@target  with=weapon|bomb|missile(amod=nuclear|atomic)
2042  v:strike  obj@target  with=weapon|bomb|missile(amod=nuclear|atomic)
2042  n:strike  amod=nuclear  on|against@target
2042  n:attack  amod=nuclear  on|against@target
2042  n:bombing  amod=atomic|nuclear  of@target
2042  n:detonation  amod=nuclear
2042  n:explosion  amod=nuclear
2042  n:blast  amod=nuclear
