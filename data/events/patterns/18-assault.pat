# dyad event dictionary: CAMEO root 18 (ASSAULT)
# Format: data/events/FORMAT.md. One pattern per line: CODE  TRIGGER  ARGUMENTS...
@format 1
@version 0.1.0

## 180 Use unconventional violence, not specified below
180  v:attack  obj=civilian|worker|village|journalist|activist|church|mosque|school|hospital|convoy|bus|market|pilgrim|worshipper|tourist|refugee|camp@target
180  v:commit  obj=violence|attack|abuse|atrocity
180  v:perpetrate  obj=violence|attack|abuse|atrocity
180  v:unleash  obj=violence|terror|wave(of=violence)  on|against@target
180  v:carry+out  obj=attack|raid|ambush(amod=terrorist|terror|militant|deadly)
180  n:attack  amod=terrorist|terror|militant|deadly  on|against@target
180  n:attack  amod=terrorist|terror|militant  by@source
180  v:target  obj=civilian|worker|village|journalist|activist|church|mosque|school|hospital|convoy|bus|market@target
180  v:terrorize  obj=civilian|village|population|community|resident|people@target
180  v:terrorise  obj=civilian|village|population|community|resident|people@target
180  v:raid  obj=village|town|camp|farm|settlement@target  nsubj=militant|gunman|rebel|insurgent|bandit|jihadist|fighter|attacker|raider
180  v:attack  nsubj=militant|gunman|insurgent|bandit|jihadist|attacker|terrorist|assailant  obj@target
180  v:storm  obj=hotel|school|church|mosque|market|mall|village|prison|jail@target  nsubj=militant|gunman|insurgent|bandit|jihadist|attacker|terrorist|assailant
180  v:ram  obj=car|truck|vehicle@target  into=crowd|people|pedestrian
180  v:plow  into=crowd|people|pedestrian
180  v:stone  obj@target
180  v:maim  obj@target
180  n:violence  against@target
180  v:inflict  obj=violence|injury|casualty  on@target

## 181 Abduct, hijack, or take hostage
181  v:abduct  obj@target
181  v:kidnap  obj@target
181  v:snatch  obj@target
181  v:take  obj@target  as=hostage|captive|prisoner
181  v:take  obj=hostage|captive@target
181  v:hold  obj@target  xcomp=hostage|captive
181  v:hold  obj@target  as=hostage|captive
181  v:hijack  obj=plane|aircraft|ship|vessel|bus|truck|flight|tanker|boat|train|airliner@target
181  v:commandeer  obj=plane|aircraft|ship|vessel|bus|truck|flight|tanker|boat|train|airliner@target
181  v:hijack  obj@target
181  v:seize  obj=hostage|captive@target
181  v:capture  obj=hostage|civilian|worker|journalist|tourist|aid|child|girl|woman@target
181  v:abduct  obj=child|girl|woman|student|worker|journalist|tourist|villager@target
181  n:kidnapping  of@target
181  n:abduction  of@target
181  n:hijacking  of=plane|aircraft|ship|vessel|bus|flight
181  v:carry+off  obj@target
181  v:spirit+away  obj@target
181  v:hold  obj=hostage|captive@target
181  v:traffic  obj=woman|girl|child|people|migrant@target
181  v:enslave  obj@target

## 182 Physically assault, not specified below
182  v:beat  obj@target
182  v:assault  obj@target
182  v:stab  obj@target
182  v:punch  obj@target
182  v:kick  obj@target
182  v:whip  obj@target
182  v:flog  obj@target
182  v:lash  obj@target
182  v:batter  obj@target
182  v:manhandle  obj@target
182  v:injure  obj@target
182  v:wound  obj@target
182  v:maul  obj@target
182  v:club  obj@target
182  v:slap  obj@target
182  v:attack  obj@target  with=knife|stick|machete|club|stone|axe|acid|hammer|bat|baton|iron|rod
182  v:douse  obj@target  with=acid|petrol|gasoline
182  v:throw  obj=acid  at|on@target
182  v:mutilate  obj@target
182  v:hack  obj@target  with=machete|axe|knife
182  v:rough+up  obj@target
182  v:beat+up  obj@target
182  n:assault  on|against@target
182  n:beating  of@target
182  n:attack  on@target  amod=physical|knife|acid
182  n:stabbing  of@target
182  v:wound  obj=civilian|soldier|policeman|officer|people|person|bystander|child@target
182  v:injure  obj=civilian|soldier|policeman|officer|people|person|bystander|child|protester@target
182  v:assault  obj@target  advmod=physically

## 1821 Sexually assault
1821  v:rape  obj@target
1821  v:rape
1821  v:assault  obj@target  advmod=sexually
1821  v:abuse  obj@target  advmod=sexually
1821  v:molest  obj@target
1821  v:violate  obj=woman|girl|child|prisoner|detainee@target  advmod=sexually
1821  v:use  obj=rape|torture|violence|assault(amod=sexual)  against@target
1821  v:use  obj=rape  against|as@target
1821  v:use  obj=rape  as=weapon|tactic|tool|instrument
1821  v:commit  obj=rape|assault|violence|abuse(amod=sexual)
1821  v:perpetrate  obj=rape|assault|violence|abuse(amod=sexual)
1821  v:subject  obj@target  to=violence|abuse|assault|torture|humiliation(amod=sexual)
1821  v:subject  obj@target  to=rape
1821  n:rape  of@target
1821  n:violence  amod=sexual  against@target
1821  n:assault  amod=sexual  on|of|against@target
1821  n:abuse  amod=sexual  of@target
1821  v:gang-rape  obj@target
1821  v:force  obj@target  into=prostitution|marriage|slavery
1821  v:grope  obj@target

## 1822 Torture
1822  v:torture  obj@target
1822  v:subject  obj@target  to=torture|abuse|mistreatment|ill-treatment|beating|shock|waterboarding
1822  v:subject  obj@target  to=treatment(amod=cruel|inhuman|degrading)
1822  v:use  obj=torture  against|on@target
1822  v:use  obj=torture
1822  v:mistreat  obj=prisoner|detainee|inmate|captive|suspect|hostage|protester@target
1822  v:waterboard  obj=prisoner|detainee|inmate|captive|suspect|hostage|protester@target
1822  v:electrocute  obj=prisoner|detainee|inmate|captive|suspect|hostage|protester@target
1822  v:abuse  obj=prisoner|detainee|inmate|captive|suspect|hostage|protester@target
1822  v:mistreat  obj@target
1822  n:torture  of@target
1822  n:torture  by@source
1822  n:mistreatment  of@target
1822  n:ill-treatment  of@target
1822  v:inflict  obj=torture|pain|suffering  on@target
1822  v:practice  obj=torture
1822  v:practise  obj=torture
1822  v:commit  obj=torture
1822  v:perpetrate  obj=torture
1822  v:deprive  obj@target  of=sleep|food|water|light
1822  v:burn  obj@target  with=cigarette|iron
1822  v:interrogate  obj@target  under=torture

## 1823 Kill by physical assault
1823  v:kill  obj@target
1823  v:murder  obj@target
1823  v:slay  obj@target
1823  v:behead  obj@target
1823  v:execute  obj@target
1823  v:lynch  obj@target
1823  v:strangle  obj@target
1823  v:decapitate  obj@target
1823  v:stab  obj@target  to=death
1823  v:beat  obj@target  to=death
1823  v:hack  obj@target  to=death
1823  v:stone  obj@target  to=death
1823  v:shoot  obj@target  to=death
1823  v:shoot  obj@target  xcomp=dead
1823  v:burn  obj@target  to=death
1823  v:burn  obj@target  xcomp=alive
1823  v:gun+down  obj@target
1823  v:take  obj=life(poss@target)
1823  n:killing  of@target
1823  n:murder  of@target
1823  n:execution  of@target
1823  n:killing  amod=extrajudicial|summary|targeted  of@target
1823  n:execution  amod=extrajudicial|summary|public  of@target
1823  v:carry+out  obj=execution|killing  of@target
1823  v:poison  obj@target
1823  v:drown  obj@target
1823  v:hang  obj@target
1823  v:suffocate  obj@target
1823  v:kill  obj@target  with=knife|machete|axe|hammer|rope|poison|stone
1823  v:die  nsubj@target  in=custody|detention
1823  v:die  nsubj@target  at=hand(poss@source)

## 183 Conduct suicide, car, or other non-military bombing, not spec below
183  v:bomb  obj@target
183  v:detonate  obj=bomb|device|explosive|ied|grenade
183  v:plant  obj=bomb|device|explosive|ied|grenade
183  v:explode  obj=bomb|device|explosive|ied|grenade
183  v:set+off  obj=bomb|device|explosive|blast|explosion
183  v:blow+up  obj=bus|car|market|restaurant|hotel|station|train|checkpoint
183  v:carry+out  obj=bombing|blast|explosion
183  n:bombing  of@target
183  n:bombing  by@source
183  n:bombing  at|in|on@target
183  n:blast  at|in@target
183  n:explosion  amod=deliberate|terrorist
183  v:hurl  obj=grenade|bomb|explosive  at|into@target
183  v:throw  obj=grenade|bomb|explosive  at|into@target
183  v:firebomb  obj@target
183  v:attack  obj@target  with=bomb|explosive|grenade|device
183  v:send  obj=bomb|device(compound=letter|parcel|pipe|mail)  to@target
183  v:target  obj@target  with=bomb|explosive|grenade

## 1831 Carry out suicide bombing
1831  v:blow+up  obj=himself|herself|themselves|itself
1831  v:blow+up  obj=himself|herself|themselves  at|in|near@target
1831  v:carry+out  obj=bombing|attack(compound=suicide)
1831  v:stage  obj=bombing|attack(compound=suicide)
1831  v:launch  obj=bombing|attack(compound=suicide)
1831  v:conduct  obj=bombing|attack(compound=suicide)
1831  v:detonate  obj=vest|belt(compound=suicide|explosive)
1831  n:bombing  compound=suicide
1831  n:bomber  compound=suicide
1831  n:attack  compound=suicide  on|against@target
1831  n:bombing  compound=suicide  at|in|on@target
1831  v:target  obj@target  with=bomber|bombing(compound=suicide)
1831  v:ram  obj=vehicle|car|truck(amod=explosive-laden|bomb-laden)  into@target

## 1832 Carry out car bombing
1832  v:detonate  obj=bomb(compound=car|truck)
1832  v:plant  obj=bomb(compound=car|truck)
1832  v:set+off  obj=bomb(compound=car|truck)
1832  n:bomb  compound=car|truck
1832  n:bombing  compound=car|truck
1832  n:bomb  compound=car|truck  at|in|near@target
1832  v:rig  obj=car|vehicle|truck  with=explosive|bomb
1832  v:pack  obj=car|vehicle|truck  with=explosive
1832  n:vehicle  amod=explosive-laden|bomb-laden
1832  v:attack  obj@target  with=bomb(compound=car|truck)

## 1833 Carry out roadside bombing
1833  v:plant  obj=bomb|device|mine|ied(amod=roadside)
1833  v:plant  obj=bomb|device|mine|ied  along|beside|on=road|roadside|highway|route
1833  v:detonate  obj=bomb|device|ied(amod=roadside)
1833  n:bomb  amod=roadside
1833  n:device  amod=roadside
1833  n:ied  amod=roadside
1833  n:bombing  amod=roadside
1833  n:ied
1833  v:hit  nsubj=bomb|device|ied(amod=roadside)  obj@target
1833  v:strike  nsubj=bomb|device|ied(amod=roadside)  obj@target
1833  v:hit  obj@target  with=bomb|device|ied(amod=roadside)
1833  v:attack  obj@target  with=bomb|device|ied(amod=roadside)
1833  v:target  obj@target  with=bomb|device|ied(amod=roadside)
1833  v:mine  obj=road|route|highway

## 184 Use as human shield
184  v:use  obj@target  as=shield
184  v:use  obj=civilian|resident|child|hostage|people|villager|prisoner|patient  as=shield|shields
184  n:shield  amod=human
184  v:hide  among=civilian|resident|population
184  v:hide  behind=civilian|resident|child
184  v:shelter  among|behind=civilian|resident|child
184  v:position  obj=weapon|fighter|launcher  in|near=school|hospital|home|neighborhood|neighbourhood|mosque|church
184  v:place  obj=weapon|fighter|launcher  in|near=school|hospital|home|neighborhood|neighbourhood|mosque|church
184  v:embed  obj=fighter|weapon  among|in=civilian|population|area(amod=residential|civilian)
184  v:prevent  obj=civilian|resident  from=fleeing|leaving
184  v:force  obj=civilian|resident|villager  xcomp=stay|remain|walk
184  n:use  of=civilian|people|child  as=shield

## 185 Attempt to assassinate
185  v:try  xcomp=assassinate|kill(obj@target)
185  v:attempt  xcomp=assassinate|kill(obj@target)
185  v:attempt  obj=assassination(of@target)
185  v:plot  xcomp=assassinate|kill(obj@target)
185  v:plot  obj=assassination|murder|killing(of@target)
185  v:plan  obj=assassination(of@target)
185  v:conspire  xcomp=assassinate|kill(obj@target)
185  n:attempt  compound=assassination  on|against@target
185  n:attempt  on=life(poss@target)
185  n:attempt  acl=assassinate|kill(obj@target)
185  n:plot  acl=assassinate|kill(obj@target)
185  n:plot  compound=assassination  against@target
185  v:survive  obj=attempt(compound=assassination)  nsubj@target
185  v:survive  obj=attempt(on=life)  nsubj@target
185  v:escape  obj=attempt(compound=assassination)  nsubj@target
185  v:target  obj@target  in=attempt(compound=assassination)
185  v:make  obj=attempt  on=life(poss@target)

## 186 Assassinate
186  v:assassinate  obj@target
186  v:assassinate
186  n:assassination  of@target
186  n:assassination  poss@target
186  v:carry+out  obj=assassination  of@target
186  v:carry+out  obj=assassination|killing@target(amod=targeted)
186  v:kill  obj=president|minister|leader|governor|mayor|politician|lawmaker|candidate|judge|prosecutor|general|commander|cleric|activist|journalist|diplomat|ambassador|official|scientist|chief@target
186  v:murder  obj=president|minister|leader|governor|mayor|politician|lawmaker|candidate|judge|prosecutor|general|commander|cleric|activist|journalist|diplomat|ambassador|official|scientist|chief@target
186  v:gun+down  obj=president|minister|leader|governor|mayor|politician|lawmaker|candidate|judge|prosecutor|general|commander|cleric|activist|journalist|diplomat|ambassador|official|scientist|chief@target
186  v:shoot  obj=president|minister|leader|governor|mayor|politician|lawmaker|candidate|judge|prosecutor|general|commander|cleric|activist|journalist|diplomat|ambassador|official|scientist|chief@target  xcomp=dead
186  v:eliminate  obj=president|minister|leader|governor|mayor|politician|lawmaker|candidate|judge|prosecutor|general|commander|cleric|activist|journalist|diplomat|ambassador|official|scientist|chief@target
186  v:take+out  obj=president|minister|leader|governor|mayor|politician|lawmaker|candidate|judge|prosecutor|general|commander|cleric|activist|journalist|diplomat|ambassador|official|scientist|chief@target
186  n:killing  amod=targeted  of@target
186  n:killing  of=president|minister|leader|governor|mayor|politician|lawmaker|candidate|judge|prosecutor|general|commander|cleric|activist|journalist|diplomat|ambassador|official|scientist|chief
186  v:poison  obj=president|minister|leader|governor|mayor|politician|lawmaker|candidate|judge|prosecutor|general|commander|cleric|activist|journalist|diplomat|ambassador|official|scientist|chief@target
186  v:order  obj=killing|assassination|murder(of@target)

## Unrestricted forms of lemma lists whose nested restriction applies to every alternative (2026-11-29)
184  v:embed  obj=fighter|weapon  among|in=civilian|population
