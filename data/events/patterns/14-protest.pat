# dyad event dictionary: CAMEO root 14 (PROTEST)
# Format: data/events/FORMAT.md. One pattern per line: CODE  TRIGGER  ARGUMENTS...
@format 1
@version 0.1.0

## 140 Engage in political dissent, not specified below
140  v:agitate  against|for@target
140  v:agitate
140  v:dissent
140  v:rise+up  against@target
140  v:rebel  against@target
140  v:revolt  against@target
140  v:resist  obj@target
140  n:uprising  against@target
140  n:revolt  against@target
140  n:dissent  against@target
140  v:stage  obj=disobedience|resistance(amod=civil|passive|nonviolent)
140  v:launch  obj=disobedience|resistance(amod=civil|passive|nonviolent)
140  v:engage  in=disobedience(amod=civil)
140  v:defy  obj=government|regime|authority|junta
140  v:heckle  obj@target
140  v:petition  against@target
140  v:sign  obj=petition|letter  against@target
140  v:burn  obj=effigy|flag  of@target
140  v:burn  obj=effigy(poss@target)

## 141 Demonstrate or rally
141  v:protest  against@target
141  v:demonstrate  against@target
141  v:rally  against@target
141  v:march  against@target
141  v:picket  against@target
141  v:protest
141  v:demonstrate
141  v:rally
141  v:march
141  v:protest  obj@target
141  v:march  on|to@target
141  v:picket  obj@target
141  v:stage  obj=protest|demonstration|rally|march|sit-in
141  v:hold  obj=protest|demonstration|rally|march|sit-in
141  v:organize  obj=protest|demonstration|rally|march|sit-in
141  v:organise  obj=protest|demonstration|rally|march|sit-in
141  v:lead  obj=protest|demonstration|rally|march|sit-in
141  v:join  obj=protest|demonstration|rally|march|sit-in
141  v:stage  obj=protest|demonstration|rally|march|sit-in  against|outside|at@target
141  v:hold  obj=protest|demonstration|rally|march|sit-in  against|outside|at@target
141  v:organize  obj=protest|demonstration|rally|march|sit-in  against|outside|at@target
141  v:organise  obj=protest|demonstration|rally|march|sit-in  against|outside|at@target
141  v:take  obj=street
141  v:pour  into=street|square
141  v:gather  outside|at|in_front_of@target  advcl=protest|demand|denounce
141  v:gather  advcl=protest|demand|denounce|call
141  v:converge  on@target  advcl=protest|demand|denounce
141  v:chant  obj=slogan  against@target
141  v:chant  obj=slogan
141  n:protest  against@target
141  n:protest  by@source  against@target
141  n:protest  by@source
141  n:demonstration  against@target
141  n:demonstration  by@source
141  n:rally  against@target
141  n:march  against|on@target
141  v:hold  obj=placard|banner|sign
141  v:occupy  obj=square|plaza|campus|street|park  advcl=protest|demand

## 1411 Demonstrate for leadership change
1411  v:protest  for=resignation|ouster|removal|departure|impeachment|election
1411  v:protest  advcl=demand|call|seek(obj=resignation|ouster|removal|departure|impeachment|election)
1411  v:demonstrate  for=resignation|ouster|removal|departure|impeachment|election
1411  v:demonstrate  advcl=demand|call|seek(obj=resignation|ouster|removal|departure|impeachment|election)
1411  v:rally  for=resignation|ouster|removal|departure|impeachment|election
1411  v:rally  advcl=demand|call|seek(obj=resignation|ouster|removal|departure|impeachment|election)
1411  v:march  for=resignation|ouster|removal|departure|impeachment|election
1411  v:march  advcl=demand|call|seek(obj=resignation|ouster|removal|departure|impeachment|election)
1411  n:protest  for=resignation|ouster|removal|departure|impeachment|election
1411  n:rally  for=resignation|ouster|removal|departure|impeachment|election
1411  n:protest  acl=demand|call|seek(obj=resignation|ouster|removal|departure|impeachment|election)
1411  n:demonstration  acl=demand|call|seek(obj=resignation|ouster|removal|departure|impeachment|election)
1411  v:protest  advcl=demand|call(obj=president|leader|minister|government(xcomp=resign|step|quit))
1411  v:demand  obj=resignation|ouster|removal  nsubj=protester|demonstrator|crowd|marcher
1411  v:chant  obj=slogan  advcl=demand(obj=resignation|ouster|removal|departure|impeachment|election)
1411  v:march  advcl=demand|call(ccomp=resign|step|quit)

## 1412 Demonstrate for policy change
1412  v:protest  against=policy|plan|law|reform|measure|hike|increase|cut|decision|tax|price|project|bill|austerity|mine|pipeline|dam|deal|subsidy
1412  v:protest  advcl=demand|call|seek(obj=change|reversal|repeal|withdrawal|end|scrapping(compound=policy))
1412  v:demonstrate  against=policy|plan|law|reform|measure|hike|increase|cut|decision|tax|price|project|bill|austerity|mine|pipeline|dam|deal|subsidy
1412  v:demonstrate  advcl=demand|call|seek(obj=change|reversal|repeal|withdrawal|end|scrapping(compound=policy))
1412  v:rally  against=policy|plan|law|reform|measure|hike|increase|cut|decision|tax|price|project|bill|austerity|mine|pipeline|dam|deal|subsidy
1412  v:rally  advcl=demand|call|seek(obj=change|reversal|repeal|withdrawal|end|scrapping(compound=policy))
1412  v:march  against=policy|plan|law|reform|measure|hike|increase|cut|decision|tax|price|project|bill|austerity|mine|pipeline|dam|deal|subsidy
1412  v:march  advcl=demand|call|seek(obj=change|reversal|repeal|withdrawal|end|scrapping(compound=policy))
1412  n:protest  against=policy|plan|law|reform|measure|hike|increase|cut|decision|tax|price|project|bill|austerity|mine|pipeline|dam|deal|subsidy
1412  n:demonstration  against=policy|plan|law|reform|measure|hike|increase|cut|decision|tax|price|project|bill|austerity|mine|pipeline|dam|deal|subsidy
1412  n:protest  acl=demand|call|seek(obj=change|reversal|repeal|withdrawal|end|scrapping(compound=policy))
1412  n:demonstration  acl=demand|call|seek(obj=change|reversal|repeal|withdrawal|end|scrapping(compound=policy))

## 1413 Demonstrate for rights
1413  v:protest  for=right|freedom|equality|justice|wage|pay|pension|condition|benefit|liberty
1413  v:protest  against=discrimination|racism|abuse|brutality|violence|repression|persecution|violation|inequality|injustice
1413  v:protest  advcl=demand|call|seek(obj=right|freedom|equality|justice|wage|pay|pension|condition|benefit|liberty)
1413  v:demonstrate  for=right|freedom|equality|justice|wage|pay|pension|condition|benefit|liberty
1413  v:demonstrate  against=discrimination|racism|abuse|brutality|violence|repression|persecution|violation|inequality|injustice
1413  v:demonstrate  advcl=demand|call|seek(obj=right|freedom|equality|justice|wage|pay|pension|condition|benefit|liberty)
1413  v:rally  for=right|freedom|equality|justice|wage|pay|pension|condition|benefit|liberty
1413  v:rally  against=discrimination|racism|abuse|brutality|violence|repression|persecution|violation|inequality|injustice
1413  v:rally  advcl=demand|call|seek(obj=right|freedom|equality|justice|wage|pay|pension|condition|benefit|liberty)
1413  v:march  for=right|freedom|equality|justice|wage|pay|pension|condition|benefit|liberty
1413  v:march  against=discrimination|racism|abuse|brutality|violence|repression|persecution|violation|inequality|injustice
1413  v:march  advcl=demand|call|seek(obj=right|freedom|equality|justice|wage|pay|pension|condition|benefit|liberty)
1413  n:protest  against=discrimination|racism|abuse|brutality|violence|repression|persecution|violation|inequality|injustice
1413  n:demonstration  against=discrimination|racism|abuse|brutality|violence|repression|persecution|violation|inequality|injustice
1413  n:protest  for=right|freedom|equality|justice|wage|pay|pension|condition|benefit|liberty
1413  n:rally  for=right|freedom|equality|justice|wage|pay|pension|condition|benefit|liberty
1413  n:protest  acl=demand|call|seek(obj=right|freedom|equality|justice|wage|pay|pension|condition|benefit|liberty)
1413  n:demonstration  acl=demand|call|seek(obj=right|freedom|equality|justice|wage|pay|pension|condition|benefit|liberty)

## 1414 Demonstrate for change in institutions, regime
1414  v:protest  for=democracy|referendum|constitution|independence|autonomy|reform(amod=constitutional|electoral|political)
1414  v:protest  against=coup|junta|constitution|amendment|regime|monarchy|dictatorship
1414  v:protest  advcl=demand|call|seek(obj=democracy|referendum|constitution|independence|autonomy|reform(amod=constitutional|electoral|political))
1414  v:demonstrate  for=democracy|referendum|constitution|independence|autonomy|reform(amod=constitutional|electoral|political)
1414  v:demonstrate  against=coup|junta|constitution|amendment|regime|monarchy|dictatorship
1414  v:demonstrate  advcl=demand|call|seek(obj=democracy|referendum|constitution|independence|autonomy|reform(amod=constitutional|electoral|political))
1414  v:rally  for=democracy|referendum|constitution|independence|autonomy|reform(amod=constitutional|electoral|political)
1414  v:rally  against=coup|junta|constitution|amendment|regime|monarchy|dictatorship
1414  v:rally  advcl=demand|call|seek(obj=democracy|referendum|constitution|independence|autonomy|reform(amod=constitutional|electoral|political))
1414  v:march  for=democracy|referendum|constitution|independence|autonomy|reform(amod=constitutional|electoral|political)
1414  v:march  against=coup|junta|constitution|amendment|regime|monarchy|dictatorship
1414  v:march  advcl=demand|call|seek(obj=democracy|referendum|constitution|independence|autonomy|reform(amod=constitutional|electoral|political))
1414  n:protest  against=coup|junta|constitution|amendment|regime|monarchy|dictatorship
1414  n:demonstration  against=coup|junta|constitution|amendment|regime|monarchy|dictatorship
1414  n:protest  for=democracy|referendum|constitution|independence|autonomy|reform(amod=constitutional|electoral|political)
1414  n:rally  for=democracy|referendum|constitution|independence|autonomy|reform(amod=constitutional|electoral|political)
1414  n:protest  acl=demand|call|seek(obj=democracy|referendum|constitution|independence|autonomy|reform(amod=constitutional|electoral|political))
1414  n:demonstration  acl=demand|call|seek(obj=democracy|referendum|constitution|independence|autonomy|reform(amod=constitutional|electoral|political))

## 142 Conduct hunger strike, not specified below
142  v:go  on=strike(compound=hunger)
142  v:stage  obj=strike(compound=hunger)
142  v:begin  obj=strike(compound=hunger)
142  v:launch  obj=strike(compound=hunger)
142  v:start  obj=strike(compound=hunger)
142  v:hold  obj=strike(compound=hunger)
142  v:continue  obj=strike(compound=hunger)
142  v:declare  obj=strike(compound=hunger)
142  v:join  obj=strike(compound=hunger)
142  v:fast
142  v:refuse  obj=food|meal
142  n:strike  compound=hunger
142  n:striker  compound=hunger
142  v:go  on=strike(compound=hunger)  in=protest
142  v:go  without=food
142  v:sew  obj=lip|mouth

## 1421 Conduct hunger strike for leadership change
1421  v:go  on=strike(compound=hunger)  for=resignation|ouster|removal|departure|impeachment|election
1421  n:strike  compound=hunger  for=resignation|ouster|removal|departure|impeachment|election
1421  v:go  on=strike(compound=hunger)  advcl=demand|call|seek(obj=resignation|ouster|removal|departure|impeachment|election)
1421  n:strike  compound=hunger  acl=demand|call|seek(obj=resignation|ouster|removal|departure|impeachment|election)
1421  v:stage  obj=strike(compound=hunger)  advcl=demand|call|seek(obj=resignation|ouster|removal|departure|impeachment|election)
1421  v:fast  advcl=demand|call|seek(obj=resignation|ouster|removal|departure|impeachment|election)

## 1422 Conduct hunger strike for policy change
1422  v:go  on=strike(compound=hunger)  against|over=policy|plan|law|reform|measure|hike|increase|cut|decision|tax|price|project|bill|austerity|mine|pipeline|dam|deal|subsidy
1422  n:strike  compound=hunger  against|over=policy|plan|law|reform|measure|hike|increase|cut|decision|tax|price|project|bill|austerity|mine|pipeline|dam|deal|subsidy
1422  v:go  on=strike(compound=hunger)  advcl=demand|call|seek(obj=change|reversal|repeal|withdrawal|end|scrapping(compound=policy))
1422  n:strike  compound=hunger  acl=demand|call|seek(obj=change|reversal|repeal|withdrawal|end|scrapping(compound=policy))
1422  v:stage  obj=strike(compound=hunger)  advcl=demand|call|seek(obj=change|reversal|repeal|withdrawal|end|scrapping(compound=policy))
1422  v:fast  advcl=demand|call|seek(obj=change|reversal|repeal|withdrawal|end|scrapping(compound=policy))

## 1423 Conduct hunger strike for rights
1423  v:go  on=strike(compound=hunger)  for=right|freedom|equality|justice|wage|pay|pension|condition|benefit|liberty|release
1423  n:strike  compound=hunger  for=right|freedom|equality|justice|wage|pay|pension|condition|benefit|liberty|release
1423  v:go  on=strike(compound=hunger)  against|over=detention|treatment|condition|abuse|discrimination
1423  n:strike  compound=hunger  against|over=detention|treatment|condition|abuse|discrimination
1423  v:go  on=strike(compound=hunger)  advcl=demand|call|seek(obj=right|freedom|equality|justice|wage|pay|pension|condition|benefit|liberty|release)
1423  n:strike  compound=hunger  acl=demand|call|seek(obj=right|freedom|equality|justice|wage|pay|pension|condition|benefit|liberty|release)
1423  v:stage  obj=strike(compound=hunger)  advcl=demand|call|seek(obj=right|freedom|equality|justice|wage|pay|pension|condition|benefit|liberty|release)
1423  v:fast  advcl=demand|call|seek(obj=right|freedom|equality|justice|wage|pay|pension|condition|benefit|liberty|release)

## 1424 Conduct hunger strike for change in institutions, regime
1424  v:go  on=strike(compound=hunger)  for=democracy|referendum|constitution|independence|autonomy|reform(amod=constitutional|electoral|political)
1424  n:strike  compound=hunger  for=democracy|referendum|constitution|independence|autonomy|reform(amod=constitutional|electoral|political)
1424  v:go  on=strike(compound=hunger)  against|over=coup|junta|constitution|amendment|regime|monarchy|dictatorship
1424  n:strike  compound=hunger  against|over=coup|junta|constitution|amendment|regime|monarchy|dictatorship
1424  v:go  on=strike(compound=hunger)  advcl=demand|call|seek(obj=democracy|referendum|constitution|independence|autonomy|reform(amod=constitutional|electoral|political))
1424  n:strike  compound=hunger  acl=demand|call|seek(obj=democracy|referendum|constitution|independence|autonomy|reform(amod=constitutional|electoral|political))
1424  v:stage  obj=strike(compound=hunger)  advcl=demand|call|seek(obj=democracy|referendum|constitution|independence|autonomy|reform(amod=constitutional|electoral|political))
1424  v:fast  advcl=demand|call|seek(obj=democracy|referendum|constitution|independence|autonomy|reform(amod=constitutional|electoral|political))

## 143 Conduct strike or boycott, not specified below
143  v:strike
143  v:strike  over|for=pay|wage|condition|pension|benefit|contract
143  v:walk+out
143  v:walk+off  obj=job
143  v:go  on=strike
143  v:stage  obj=strike|walkout|stoppage|boycott|shutdown
143  v:call  obj=strike|walkout|stoppage|boycott|shutdown
143  v:launch  obj=strike|walkout|stoppage|boycott|shutdown
143  v:hold  obj=strike|walkout|stoppage|boycott|shutdown
143  v:begin  obj=strike|walkout|stoppage|boycott|shutdown
143  v:start  obj=strike|walkout|stoppage|boycott|shutdown
143  v:declare  obj=strike|walkout|stoppage|boycott|shutdown
143  v:join  obj=strike|walkout|stoppage|boycott|shutdown
143  v:boycott  obj@target
143  v:boycott  obj=election|vote|poll|referendum|parliament|session|product|good|goods
143  v:down  obj=tool
143  n:strike  by@source
143  n:strike  amod=general|national|nationwide
143  n:walkout  by@source
143  n:boycott  of@target
143  n:boycott  poss@source  of@target
143  v:refuse  xcomp=work
143  v:close  obj=shop|store|business|market  in=protest
143  v:call  obj=shutdown(amod=general|nationwide)

## 1431 Conduct strike or boycott for leadership change
1431  v:strike  for=resignation|ouster|removal|departure|impeachment|election
1431  n:strike  for=resignation|ouster|removal|departure|impeachment|election
1431  v:strike  advcl=demand|call|seek(obj=resignation|ouster|removal|departure|impeachment|election)
1431  n:strike  acl=demand|call|seek(obj=resignation|ouster|removal|departure|impeachment|election)
1431  v:go  on=strike  advcl=demand|call|seek(obj=resignation|ouster|removal|departure|impeachment|election)
1431  v:boycott  obj=government|cabinet|parliament|election|vote(poss@target)

## 1432 Conduct strike or boycott for policy change
1432  v:strike  against|over=policy|plan|law|reform|measure|hike|increase|cut|decision|tax|price|project|bill|austerity|mine|pipeline|dam|deal|subsidy
1432  n:strike  against|over=policy|plan|law|reform|measure|hike|increase|cut|decision|tax|price|project|bill|austerity|mine|pipeline|dam|deal|subsidy
1432  v:boycott  obj=policy|plan|law|reform|measure|hike|increase|cut|decision|tax|price|project|bill|austerity|mine|pipeline|dam|deal|subsidy
1432  n:boycott  of=policy|plan|law|reform|measure|hike|increase|cut|decision|tax|price|project|bill|austerity|mine|pipeline|dam|deal|subsidy
1432  v:strike  advcl=demand|call|seek(obj=change|reversal|repeal|withdrawal|end|scrapping(compound=policy))
1432  n:strike  acl=demand|call|seek(obj=change|reversal|repeal|withdrawal|end|scrapping(compound=policy))
1432  v:go  on=strike  advcl=demand|call|seek(obj=change|reversal|repeal|withdrawal|end|scrapping(compound=policy))

## 1433 Conduct strike or boycott for rights
1433  v:strike  for=right|freedom|equality|justice|wage|pay|pension|condition|benefit|liberty|recognition
1433  n:strike  for=right|freedom|equality|justice|wage|pay|pension|condition|benefit|liberty|recognition
1433  v:strike  against|over=discrimination|abuse|violation|inequality
1433  n:strike  against|over=discrimination|abuse|violation|inequality
1433  v:boycott  obj=discrimination|abuse|violation|inequality
1433  n:boycott  of=discrimination|abuse|violation|inequality
1433  v:strike  advcl=demand|call|seek(obj=right|freedom|equality|justice|wage|pay|pension|condition|benefit|liberty|recognition)
1433  n:strike  acl=demand|call|seek(obj=right|freedom|equality|justice|wage|pay|pension|condition|benefit|liberty|recognition)
1433  v:go  on=strike  advcl=demand|call|seek(obj=right|freedom|equality|justice|wage|pay|pension|condition|benefit|liberty|recognition)

## 1434 Conduct strike or boycott for change in institutions, regime
1434  v:strike  for=democracy|referendum|constitution|independence|autonomy|reform(amod=constitutional|electoral|political)
1434  n:strike  for=democracy|referendum|constitution|independence|autonomy|reform(amod=constitutional|electoral|political)
1434  v:strike  against|over=coup|junta|constitution|amendment|regime|monarchy|dictatorship
1434  n:strike  against|over=coup|junta|constitution|amendment|regime|monarchy|dictatorship
1434  v:boycott  obj=coup|junta|constitution|amendment|regime|monarchy|dictatorship
1434  n:boycott  of=coup|junta|constitution|amendment|regime|monarchy|dictatorship
1434  v:strike  advcl=demand|call|seek(obj=democracy|referendum|constitution|independence|autonomy|reform(amod=constitutional|electoral|political))
1434  n:strike  acl=demand|call|seek(obj=democracy|referendum|constitution|independence|autonomy|reform(amod=constitutional|electoral|political))
1434  v:go  on=strike  advcl=demand|call|seek(obj=democracy|referendum|constitution|independence|autonomy|reform(amod=constitutional|electoral|political))
1434  v:boycott  obj=referendum|poll|constitution|assembly(amod=constituent)

## 144 Obstruct passage, block
144  v:block  obj=road|highway|street|entrance|access|bridge|port|railway|traffic|border|crossing|motorway|route|junction|airport|gate|track|line
144  v:barricade  obj=road|highway|street|entrance|access|bridge|port|railway|traffic|border|crossing|motorway|route|junction|airport|gate|track|line
144  v:blockade  obj=road|highway|street|entrance|access|bridge|port|railway|traffic|border|crossing|motorway|route|junction|airport|gate|track|line
144  v:obstruct  obj=road|highway|street|entrance|access|bridge|port|railway|traffic|border|crossing|motorway|route|junction|airport|gate|track|line
144  v:set+up  obj=roadblock|barricade|blockade  nsubj=protester|demonstrator|resident|villager|farmer|trucker|driver|activist|worker|student
144  v:erect  obj=barricade|roadblock|blockade
144  v:build  obj=barricade|roadblock|blockade
144  v:occupy  obj=square|building|office|campus|parliament|ministry|plaza|embassy|headquarters|factory|mine|palace|airport
144  v:stage  obj=sit-in|blockade|occupation
144  v:cut+off  obj=road|highway|access|route
144  v:paralyze  obj=traffic|city|capital|port
144  v:paralyse  obj=traffic|city|capital|port
144  v:bring  obj=traffic|city  to=standstill|halt
144  n:blockade  of=road|highway|street|entrance|access|bridge|port|railway|traffic|border|crossing|motorway|route|junction|airport|gate|track|line
144  n:roadblock  by@source
144  n:sit-in  at|outside@target
144  v:surround  obj=parliament|building|ministry|palace|office|headquarters|embassy  nsubj=protester|demonstrator|crowd|supporter
144  v:prevent  obj=lawmaker|official|minister|delegate  from=entering

## 1441 Obstruct passage to demand leadership change
1441  v:block  obj=road|highway|street|entrance|access|bridge|port|railway|traffic|border|crossing|motorway|route|junction|airport|gate|track|line  advcl=demand|call|seek|protest(obj=resignation|ouster|removal|departure|impeachment|election)
1441  v:barricade  obj=road|highway|street|entrance|access|bridge|port|railway|traffic|border|crossing|motorway|route|junction|airport|gate|track|line  advcl=demand|call|seek|protest(obj=resignation|ouster|removal|departure|impeachment|election)
1441  v:blockade  obj=road|highway|street|entrance|access|bridge|port|railway|traffic|border|crossing|motorway|route|junction|airport|gate|track|line  advcl=demand|call|seek|protest(obj=resignation|ouster|removal|departure|impeachment|election)
1441  v:occupy  obj=square|building|office|campus|parliament|ministry|plaza|headquarters  advcl=demand|call|seek(obj=resignation|ouster|removal|departure|impeachment|election)
1441  v:stage  obj=sit-in|blockade  advcl=demand|call|seek(obj=resignation|ouster|removal|departure|impeachment|election)

## 1442 Obstruct passage to demand policy change
1442  v:block  obj=road|highway|street|entrance|access|bridge|port|railway|traffic|border|crossing|motorway|route|junction|airport|gate|track|line  advcl=demand|call|seek|protest(obj=change|reversal|repeal|withdrawal|end|scrapping(compound=policy))
1442  v:barricade  obj=road|highway|street|entrance|access|bridge|port|railway|traffic|border|crossing|motorway|route|junction|airport|gate|track|line  advcl=demand|call|seek|protest(obj=change|reversal|repeal|withdrawal|end|scrapping(compound=policy))
1442  v:blockade  obj=road|highway|street|entrance|access|bridge|port|railway|traffic|border|crossing|motorway|route|junction|airport|gate|track|line  advcl=demand|call|seek|protest(obj=change|reversal|repeal|withdrawal|end|scrapping(compound=policy))
1442  v:occupy  obj=square|building|office|campus|parliament|ministry|plaza|headquarters  advcl=demand|call|seek(obj=change|reversal|repeal|withdrawal|end|scrapping(compound=policy))
1442  v:stage  obj=sit-in|blockade  advcl=demand|call|seek(obj=change|reversal|repeal|withdrawal|end|scrapping(compound=policy))
1442  v:block  obj=road|highway|street|entrance|access|bridge|port|railway|traffic|border|crossing|motorway|route|junction|airport|gate|track|line  in=protest(against|over=policy|plan|law|reform|measure|hike|increase|cut|decision|tax|price|project|bill|austerity|mine|pipeline|dam|deal|subsidy)
1442  n:blockade  against|over=policy|plan|law|reform|measure|hike|increase|cut|decision|tax|price|project|bill|austerity|mine|pipeline|dam|deal|subsidy

## 1443 Obstruct passage to demand rights
1443  v:block  obj=road|highway|street|entrance|access|bridge|port|railway|traffic|border|crossing|motorway|route|junction|airport|gate|track|line  advcl=demand|call|seek|protest(obj=right|freedom|equality|justice|wage|pay|pension|condition|benefit|liberty|recognition)
1443  v:barricade  obj=road|highway|street|entrance|access|bridge|port|railway|traffic|border|crossing|motorway|route|junction|airport|gate|track|line  advcl=demand|call|seek|protest(obj=right|freedom|equality|justice|wage|pay|pension|condition|benefit|liberty|recognition)
1443  v:blockade  obj=road|highway|street|entrance|access|bridge|port|railway|traffic|border|crossing|motorway|route|junction|airport|gate|track|line  advcl=demand|call|seek|protest(obj=right|freedom|equality|justice|wage|pay|pension|condition|benefit|liberty|recognition)
1443  v:occupy  obj=square|building|office|campus|parliament|ministry|plaza|headquarters  advcl=demand|call|seek(obj=right|freedom|equality|justice|wage|pay|pension|condition|benefit|liberty|recognition)
1443  v:stage  obj=sit-in|blockade  advcl=demand|call|seek(obj=right|freedom|equality|justice|wage|pay|pension|condition|benefit|liberty|recognition)
1443  v:block  obj=road|highway|street|entrance|access|bridge|port|railway|traffic|border|crossing|motorway|route|junction|airport|gate|track|line  in=protest(against|over=discrimination|abuse|violation)
1443  n:blockade  against|over=discrimination|abuse|violation

## 1444 Obstruct passage to demand change in institutions, regime
1444  v:block  obj=road|highway|street|entrance|access|bridge|port|railway|traffic|border|crossing|motorway|route|junction|airport|gate|track|line  advcl=demand|call|seek|protest(obj=democracy|referendum|constitution|independence|autonomy|reform(amod=constitutional|electoral|political))
1444  v:barricade  obj=road|highway|street|entrance|access|bridge|port|railway|traffic|border|crossing|motorway|route|junction|airport|gate|track|line  advcl=demand|call|seek|protest(obj=democracy|referendum|constitution|independence|autonomy|reform(amod=constitutional|electoral|political))
1444  v:blockade  obj=road|highway|street|entrance|access|bridge|port|railway|traffic|border|crossing|motorway|route|junction|airport|gate|track|line  advcl=demand|call|seek|protest(obj=democracy|referendum|constitution|independence|autonomy|reform(amod=constitutional|electoral|political))
1444  v:occupy  obj=square|building|office|campus|parliament|ministry|plaza|headquarters  advcl=demand|call|seek(obj=democracy|referendum|constitution|independence|autonomy|reform(amod=constitutional|electoral|political))
1444  v:stage  obj=sit-in|blockade  advcl=demand|call|seek(obj=democracy|referendum|constitution|independence|autonomy|reform(amod=constitutional|electoral|political))
1444  v:block  obj=road|highway|street|entrance|access|bridge|port|railway|traffic|border|crossing|motorway|route|junction|airport|gate|track|line  in=protest(against|over=coup|junta|constitution|amendment|regime|monarchy|dictatorship)
1444  n:blockade  against|over=coup|junta|constitution|amendment|regime|monarchy|dictatorship

## 145 Protest violently, riot
145  v:riot
145  v:riot  against|over@target
145  v:clash  nsubj=protester|demonstrator|rioter|student|supporter|crowd|youth|fan|mob|activist|worker|villager  with@target
145  v:loot  obj
145  v:loot
145  v:torch  obj=car|vehicle|tire|tyre|bus|station|bank|shop|store|office|headquarters|barricade@target
145  v:burn  obj=car|vehicle|tire|tyre|bus|station|bank|shop|store|office|headquarters|barricade@target
145  v:set  obj=fire  to=car|vehicle|tire|tyre|bus|station|bank|shop|store|office|headquarters|building
145  v:throw  obj=stone|rock|molotov|bottle|firebomb|cocktail|brick|projectile|firework|egg  at@target
145  v:hurl  obj=stone|rock|molotov|bottle|firebomb|cocktail|brick|projectile|firework|egg  at@target
145  v:throw  obj=stone|rock|molotov|bottle|firebomb|cocktail|brick|projectile
145  v:hurl  obj=stone|rock|molotov|bottle|firebomb|cocktail|brick|projectile
145  v:storm  obj=parliament|congress|capitol|building|palace|embassy|ministry|office|headquarters|court@target  nsubj=protester|demonstrator|rioter|supporter|crowd|mob|student
145  v:ransack  obj
145  v:vandalize  obj
145  v:vandalise  obj
145  v:rampage
145  v:rampage  through=street|town|city|capital
145  v:smash  obj=window|shop|storefront|car@target
145  n:riot
145  n:clash  amod=violent  between@pair
145  n:unrest  amod=violent
145  v:attack  obj=police|officer|force|station@target  nsubj=protester|demonstrator|rioter|mob|crowd
145  v:pelt  obj@target  with=stone|rock|bottle|egg
145  v:turn  xcomp=violent

## 1451 Engage in violent protest for leadership change
1451  v:riot  for=resignation|ouster|removal|departure|impeachment|election
1451  v:riot  advcl=demand|call|seek(obj=resignation|ouster|removal|departure|impeachment|election)
1451  v:clash  with@target  advcl=demand|call|seek(obj=resignation|ouster|removal|departure|impeachment|election)
1451  n:protest  amod=violent  acl=demand|call|seek(obj=resignation|ouster|removal|departure|impeachment|election)

## 1452 Engage in violent protest for policy change
1452  v:riot  against|over=policy|plan|law|reform|measure|hike|increase|cut|decision|tax|price|project|bill|austerity|mine|pipeline|dam|deal|subsidy
1452  n:riot  against|over=policy|plan|law|reform|measure|hike|increase|cut|decision|tax|price|project|bill|austerity|mine|pipeline|dam|deal|subsidy
1452  v:clash  with@target  advcl=protest(obj=policy|plan|law|reform|measure|hike|increase|cut|decision|tax|price|project|bill|austerity|mine|pipeline|dam|deal|subsidy)
1452  v:riot  advcl=demand|call|seek(obj=change|reversal|repeal|withdrawal|end|scrapping(compound=policy))
1452  v:clash  with@target  advcl=demand|call|seek(obj=change|reversal|repeal|withdrawal|end|scrapping(compound=policy))
1452  n:protest  amod=violent  acl=demand|call|seek(obj=change|reversal|repeal|withdrawal|end|scrapping(compound=policy))

## 1453 Engage in violent protest for rights
1453  v:riot  for=right|freedom|equality|justice|wage|pay|pension|condition|benefit|liberty
1453  v:riot  against|over=discrimination|racism|brutality|killing|injustice
1453  n:riot  against|over=discrimination|racism|brutality|killing|injustice
1453  v:clash  with@target  advcl=protest(obj=discrimination|racism|brutality|killing|injustice)
1453  v:riot  advcl=demand|call|seek(obj=right|freedom|equality|justice|wage|pay|pension|condition|benefit|liberty)
1453  v:clash  with@target  advcl=demand|call|seek(obj=right|freedom|equality|justice|wage|pay|pension|condition|benefit|liberty)
1453  n:protest  amod=violent  acl=demand|call|seek(obj=right|freedom|equality|justice|wage|pay|pension|condition|benefit|liberty)

## 1454 Engage in violent protest for change in institutions, regime
1454  v:riot  for=democracy|referendum|constitution|independence|autonomy|reform(amod=constitutional|electoral|political)
1454  v:riot  against|over=coup|junta|constitution|amendment|regime|monarchy|dictatorship
1454  n:riot  against|over=coup|junta|constitution|amendment|regime|monarchy|dictatorship
1454  v:clash  with@target  advcl=protest(obj=coup|junta|constitution|amendment|regime|monarchy|dictatorship)
1454  v:riot  advcl=demand|call|seek(obj=democracy|referendum|constitution|independence|autonomy|reform(amod=constitutional|electoral|political))
1454  v:clash  with@target  advcl=demand|call|seek(obj=democracy|referendum|constitution|independence|autonomy|reform(amod=constitutional|electoral|political))
1454  n:protest  amod=violent  acl=demand|call|seek(obj=democracy|referendum|constitution|independence|autonomy|reform(amod=constitutional|electoral|political))

## Added from the PLOVER development half (odd ids) and Wikinews verbs with no pattern (2026-11-29)
143  v:stop  obj=work  in=protest|support|solidarity
143  v:stop  obj=work  on=day(of=strike)
143  v:stop  obj=work  xcomp=protest|demand
143  v:down  obj=tool  nsubj=worker|employee|teacher|doctor|nurse|miner|driver|labourer|laborer|union|staff|pilot|docker|lawyer|farmer|trucker|workforce
144  v:block  obj=transport|movement|passage|convoy|canal|waterway|harbour|harbor|terminal|pipeline
143  v:shun  obj=work|class|school|office|job|duty
143  v:boycott  obj=work|class|school|office|job|duty
140  v:collect  obj=signature  nsubj=party|union|group|movement|opposition|activist|campaigner|protester|alliance|coalition
140  v:gather  obj=signature  nsubj=party|union|group|movement|opposition|activist|campaigner|protester|alliance|coalition

## Unrestricted forms of lemma lists whose nested restriction applies to every alternative (2026-11-29)
1414  v:protest  for=democracy|referendum|constitution|independence|autonomy
1414  v:protest  advcl=demand|call|seek(obj=democracy|referendum|constitution|independence|autonomy)
1414  v:demonstrate  for=democracy|referendum|constitution|independence|autonomy
1414  v:demonstrate  advcl=demand|call|seek(obj=democracy|referendum|constitution|independence|autonomy)
1414  v:rally  for=democracy|referendum|constitution|independence|autonomy
1414  v:rally  advcl=demand|call|seek(obj=democracy|referendum|constitution|independence|autonomy)
1414  v:march  for=democracy|referendum|constitution|independence|autonomy
1414  v:march  advcl=demand|call|seek(obj=democracy|referendum|constitution|independence|autonomy)
1414  n:protest  for=democracy|referendum|constitution|independence|autonomy
1414  n:rally  for=democracy|referendum|constitution|independence|autonomy
1414  n:protest  acl=demand|call|seek(obj=democracy|referendum|constitution|independence|autonomy)
1414  n:demonstration  acl=demand|call|seek(obj=democracy|referendum|constitution|independence|autonomy)
1424  v:go  on=strike(compound=hunger)  for=democracy|referendum|constitution|independence|autonomy
1424  n:strike  compound=hunger  for=democracy|referendum|constitution|independence|autonomy
1424  v:go  on=strike(compound=hunger)  advcl=demand|call|seek(obj=democracy|referendum|constitution|independence|autonomy)
1424  n:strike  compound=hunger  acl=demand|call|seek(obj=democracy|referendum|constitution|independence|autonomy)
1424  v:stage  obj=strike(compound=hunger)  advcl=demand|call|seek(obj=democracy|referendum|constitution|independence|autonomy)
1424  v:fast  advcl=demand|call|seek(obj=democracy|referendum|constitution|independence|autonomy)
1434  v:strike  for=democracy|referendum|constitution|independence|autonomy
1434  n:strike  for=democracy|referendum|constitution|independence|autonomy
1434  v:strike  advcl=demand|call|seek(obj=democracy|referendum|constitution|independence|autonomy)
1434  n:strike  acl=demand|call|seek(obj=democracy|referendum|constitution|independence|autonomy)
1434  v:go  on=strike  advcl=demand|call|seek(obj=democracy|referendum|constitution|independence|autonomy)
1444  v:block  obj=road|highway|street|entrance|access|bridge|port|railway|traffic|border|crossing|motorway|route|junction|airport|gate|track|line  advcl=demand|call|seek|protest(obj=democracy|referendum|constitution|independence|autonomy)
1444  v:barricade  obj=road|highway|street|entrance|access|bridge|port|railway|traffic|border|crossing|motorway|route|junction|airport|gate|track|line  advcl=demand|call|seek|protest(obj=democracy|referendum|constitution|independence|autonomy)
1444  v:blockade  obj=road|highway|street|entrance|access|bridge|port|railway|traffic|border|crossing|motorway|route|junction|airport|gate|track|line  advcl=demand|call|seek|protest(obj=democracy|referendum|constitution|independence|autonomy)
1444  v:occupy  obj=square|building|office|campus|parliament|ministry|plaza|headquarters  advcl=demand|call|seek(obj=democracy|referendum|constitution|independence|autonomy)
1444  v:stage  obj=sit-in|blockade  advcl=demand|call|seek(obj=democracy|referendum|constitution|independence|autonomy)
1454  v:riot  for=democracy|referendum|constitution|independence|autonomy
1454  v:riot  advcl=demand|call|seek(obj=democracy|referendum|constitution|independence|autonomy)
1454  v:clash  with@target  advcl=demand|call|seek(obj=democracy|referendum|constitution|independence|autonomy)
1454  n:protest  amod=violent  acl=demand|call|seek(obj=democracy|referendum|constitution|independence|autonomy)
