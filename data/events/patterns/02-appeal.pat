# dyad event dictionary: CAMEO root 02 (APPEAL)
# Format: data/events/FORMAT.md. One pattern per line: CODE  TRIGGER  ARGUMENTS...
@format 1
@version 0.1.0

## 020 Appeal, not specified below
020  v:appeal  to@target
020  v:urge  obj@target  xcomp
020  v:implore  obj@target  xcomp
020  v:beseech  obj@target  xcomp
020  v:beg  obj@target  xcomp
020  v:entreat  obj@target  xcomp
020  v:exhort  obj@target  xcomp
020  v:encourage  obj@target  xcomp
020  v:call  on@target  xcomp
020  v:call  upon@target  xcomp
020  v:appeal  to@target  xcomp
020  v:ask  obj@target  xcomp
020  v:plead  with@target
020  v:invite  obj@target  xcomp
020  v:make  obj=appeal|plea|call  to@target
020  v:issue  obj=appeal|plea|call  to@target
020  v:launch  obj=appeal|plea|call  to@target
020  v:renew  obj=appeal|plea|call  to@target
020  v:reiterate  obj=appeal|plea|call  to@target
020  v:repeat  obj=appeal|plea|call  to@target
020  v:make  obj=appeal|plea
020  v:issue  obj=appeal|plea
020  v:launch  obj=appeal|plea
020  v:renew  obj=appeal|plea
020  n:appeal  to@target
020  n:appeal  poss@source  to@target
020  n:plea  to@target
020  v:petition  obj@target
020  v:lobby  obj@target
020  v:urge  obj@target

## 021 Appeal for material cooperation, not specified below
021  v:urge  obj@target  xcomp=cooperate(on=project|infrastructure|energy|technology)
021  v:press  obj@target  xcomp=cooperate(on=project|infrastructure|energy|technology)
021  v:ask  obj@target  xcomp=cooperate(on=project|infrastructure|energy|technology)
021  v:call  on@target  xcomp=cooperate(on=project|infrastructure|energy|technology)
021  v:appeal  to@target  xcomp=cooperate(on=project|infrastructure|energy|technology)
021  v:urge  obj@target  xcomp=pool(obj=resource)
021  v:call  on@target  xcomp=pool(obj=resource)
021  v:call  for=cooperation(amod=material|practical)
021  v:appeal  for=cooperation(amod=material|practical)
021  v:ask  obj@target  for=cooperation(amod=material|practical)
021  v:seek  obj=cooperation(amod=material|practical)  from@target
021  n:call  for=cooperation(amod=material|practical)
021  v:appeal  to@target  for=cooperation(amod=material|practical)
021  v:call  for=project|venture(amod=joint)

## 0211 Appeal for economic cooperation
0211  v:urge  obj@target  xcomp=trade
0211  v:press  obj@target  xcomp=trade
0211  v:ask  obj@target  xcomp=trade
0211  v:call  on@target  xcomp=trade
0211  v:appeal  to@target  xcomp=trade
0211  v:urge  obj@target  xcomp=invest
0211  v:call  on@target  xcomp=invest
0211  v:urge  obj@target  xcomp=cooperate(advmod=economically)
0211  v:call  on@target  xcomp=cooperate(advmod=economically)
0211  v:urge  obj@target  xcomp=boost|expand(obj=trade|investment)
0211  v:call  on@target  xcomp=boost|expand(obj=trade|investment)
0211  v:call  for=trade|investment|commerce
0211  v:appeal  for=trade|investment|commerce
0211  v:ask  obj@target  for=trade|investment|commerce
0211  v:seek  obj=trade|investment|commerce  from@target
0211  n:call  for=trade|investment|commerce
0211  v:appeal  to@target  for=trade|investment|commerce
0211  v:call  for=cooperation|tie|partnership(amod=economic|commercial)
0211  v:call  for=agreement|deal|pact(compound=trade)

## 0212 Appeal for military cooperation
0212  v:urge  obj@target  xcomp=cooperate(advmod=militarily)
0212  v:press  obj@target  xcomp=cooperate(advmod=militarily)
0212  v:ask  obj@target  xcomp=cooperate(advmod=militarily)
0212  v:call  on@target  xcomp=cooperate(advmod=militarily)
0212  v:appeal  to@target  xcomp=cooperate(advmod=militarily)
0212  v:urge  obj@target  xcomp=cooperate(on=defense|defence|security)
0212  v:call  on@target  xcomp=cooperate(on=defense|defence|security)
0212  v:urge  obj@target  xcomp=hold|conduct(obj=exercise|drill(amod=joint))
0212  v:call  on@target  xcomp=hold|conduct(obj=exercise|drill(amod=joint))
0212  v:urge  obj@target  xcomp=form|join(obj=alliance|coalition)
0212  v:call  on@target  xcomp=form|join(obj=alliance|coalition)
0212  v:call  for=cooperation|tie|partnership(amod=military)
0212  v:appeal  for=cooperation|tie|partnership(amod=military)
0212  v:ask  obj@target  for=cooperation|tie|partnership(amod=military)
0212  v:seek  obj=cooperation|tie|partnership(amod=military)  from@target
0212  n:call  for=cooperation|tie|partnership(amod=military)
0212  v:appeal  to@target  for=cooperation|tie|partnership(amod=military)
0212  v:call  for=cooperation|partnership(compound=defense|defence|security)
0212  v:call  for=exercise|drill(amod=joint)
0212  v:call  for=alliance

## 0213 Appeal for judicial cooperation
0213  v:urge  obj@target  xcomp=extradite
0213  v:press  obj@target  xcomp=extradite
0213  v:ask  obj@target  xcomp=extradite
0213  v:call  on@target  xcomp=extradite
0213  v:appeal  to@target  xcomp=extradite
0213  v:urge  obj@target  xcomp=cooperate(with=investigation|probe|court|tribunal|inquiry)
0213  v:call  on@target  xcomp=cooperate(with=investigation|probe|court|tribunal|inquiry)
0213  v:urge  obj@target  xcomp=surrender(obj=suspect|fugitive)
0213  v:call  on@target  xcomp=surrender(obj=suspect|fugitive)
0213  v:call  for=extradition
0213  v:appeal  for=extradition
0213  v:ask  obj@target  for=extradition
0213  v:seek  obj=extradition  from@target
0213  n:call  for=extradition
0213  v:appeal  to@target  for=extradition
0213  v:call  for=cooperation|assistance(amod=judicial|legal)

## 0214 Appeal for intelligence
0214  v:urge  obj@target  xcomp=share|exchange(obj=intelligence|information|data)
0214  v:press  obj@target  xcomp=share|exchange(obj=intelligence|information|data)
0214  v:ask  obj@target  xcomp=share|exchange(obj=intelligence|information|data)
0214  v:call  on@target  xcomp=share|exchange(obj=intelligence|information|data)
0214  v:appeal  to@target  xcomp=share|exchange(obj=intelligence|information|data)
0214  v:call  for=intelligence
0214  v:appeal  for=intelligence
0214  v:ask  obj@target  for=intelligence
0214  v:seek  obj=intelligence  from@target
0214  n:call  for=intelligence
0214  v:appeal  to@target  for=intelligence
0214  v:call  for=sharing|cooperation|exchange(compound=intelligence|information)

## 022 Appeal for diplomatic cooperation, such as policy support
022  v:urge  obj@target  xcomp=support|back|endorse(obj=resolution|bid|candidacy|plan|proposal|initiative|position)
022  v:press  obj@target  xcomp=support|back|endorse(obj=resolution|bid|candidacy|plan|proposal|initiative|position)
022  v:ask  obj@target  xcomp=support|back|endorse(obj=resolution|bid|candidacy|plan|proposal|initiative|position)
022  v:call  on@target  xcomp=support|back|endorse(obj=resolution|bid|candidacy|plan|proposal|initiative|position)
022  v:appeal  to@target  xcomp=support|back|endorse(obj=resolution|bid|candidacy|plan|proposal|initiative|position)
022  v:urge  obj@target  xcomp=recognize|recognise(obj=government|state|independence)
022  v:call  on@target  xcomp=recognize|recognise(obj=government|state|independence)
022  v:call  for=support|backing(amod=diplomatic|political)
022  v:appeal  for=support|backing(amod=diplomatic|political)
022  v:ask  obj@target  for=support|backing(amod=diplomatic|political)
022  v:seek  obj=support|backing(amod=diplomatic|political)  from@target
022  n:call  for=support|backing(amod=diplomatic|political)
022  v:appeal  to@target  for=support|backing(amod=diplomatic|political)
022  v:call  for=endorsement|recognition
022  v:call  for=solidarity

## 023 Appeal for aid, not specified below
023  v:urge  obj@target  xcomp=help|assist|aid
023  v:press  obj@target  xcomp=help|assist|aid
023  v:ask  obj@target  xcomp=help|assist|aid
023  v:call  on@target  xcomp=help|assist|aid
023  v:appeal  to@target  xcomp=help|assist|aid
023  v:urge  obj@target  xcomp=provide|give|send|deliver(obj=aid|assistance|help)
023  v:call  on@target  xcomp=provide|give|send|deliver(obj=aid|assistance|help)
023  v:call  for=aid|assistance|help
023  v:appeal  for=aid|assistance|help
023  v:ask  obj@target  for=aid|assistance|help
023  v:seek  obj=aid|assistance|help  from@target
023  n:call  for=aid|assistance|help
023  v:appeal  to@target  for=aid|assistance|help
023  v:call  for=support(amod=material)

## 0231 Appeal for economic aid
0231  v:urge  obj@target  xcomp=lend|provide|give(obj=loan|credit|funding|money|cash|grant)
0231  v:press  obj@target  xcomp=lend|provide|give(obj=loan|credit|funding|money|cash|grant)
0231  v:ask  obj@target  xcomp=lend|provide|give(obj=loan|credit|funding|money|cash|grant)
0231  v:call  on@target  xcomp=lend|provide|give(obj=loan|credit|funding|money|cash|grant)
0231  v:appeal  to@target  xcomp=lend|provide|give(obj=loan|credit|funding|money|cash|grant)
0231  v:urge  obj@target  xcomp=finance|fund(obj=project|reconstruction|budget|development)
0231  v:call  on@target  xcomp=finance|fund(obj=project|reconstruction|budget|development)
0231  v:urge  obj@target  xcomp=forgive|cancel|restructure(obj=debt)
0231  v:call  on@target  xcomp=forgive|cancel|restructure(obj=debt)
0231  v:call  for=loan|credit|funding|bailout|grant|money|cash
0231  v:appeal  for=loan|credit|funding|bailout|grant|money|cash
0231  v:ask  obj@target  for=loan|credit|funding|bailout|grant|money|cash
0231  v:seek  obj=loan|credit|funding|bailout|grant|money|cash  from@target
0231  n:call  for=loan|credit|funding|bailout|grant|money|cash
0231  v:appeal  to@target  for=loan|credit|funding|bailout|grant|money|cash
0231  v:call  for=aid|assistance|support|help(amod=economic|financial|budgetary)
0231  v:call  for=relief(compound=debt)

## 0232 Appeal for military aid
0232  v:urge  obj@target  xcomp=supply|supplies|provide|send|give|deliver(obj=weapon|arm|ammunition|munition|missile|tank|jet|drone|equipment)
0232  v:press  obj@target  xcomp=supply|supplies|provide|send|give|deliver(obj=weapon|arm|ammunition|munition|missile|tank|jet|drone|equipment)
0232  v:ask  obj@target  xcomp=supply|supplies|provide|send|give|deliver(obj=weapon|arm|ammunition|munition|missile|tank|jet|drone|equipment)
0232  v:call  on@target  xcomp=supply|supplies|provide|send|give|deliver(obj=weapon|arm|ammunition|munition|missile|tank|jet|drone|equipment)
0232  v:appeal  to@target  xcomp=supply|supplies|provide|send|give|deliver(obj=weapon|arm|ammunition|munition|missile|tank|jet|drone|equipment)
0232  v:urge  obj@target  xcomp=arm
0232  v:call  on@target  xcomp=arm
0232  v:urge  obj@target  xcomp=train(obj=troop|troops|force|soldier|army|officer)
0232  v:call  on@target  xcomp=train(obj=troop|troops|force|soldier|army|officer)
0232  v:call  for=weapon|arm|ammunition|munition|missile|tank|jet|drone
0232  v:appeal  for=weapon|arm|ammunition|munition|missile|tank|jet|drone
0232  v:ask  obj@target  for=weapon|arm|ammunition|munition|missile|tank|jet|drone
0232  v:seek  obj=weapon|arm|ammunition|munition|missile|tank|jet|drone  from@target
0232  n:call  for=weapon|arm|ammunition|munition|missile|tank|jet|drone
0232  v:appeal  to@target  for=weapon|arm|ammunition|munition|missile|tank|jet|drone
0232  v:call  for=aid|assistance|support|equipment(amod=military|lethal)

## 0233 Appeal for humanitarian aid
0233  v:urge  obj@target  xcomp=provide|send|deliver|give|supply|supplies|distribute(obj=food|medicine|relief|shelter|supply|supplies|tent|vaccine)
0233  v:press  obj@target  xcomp=provide|send|deliver|give|supply|supplies|distribute(obj=food|medicine|relief|shelter|supply|supplies|tent|vaccine)
0233  v:ask  obj@target  xcomp=provide|send|deliver|give|supply|supplies|distribute(obj=food|medicine|relief|shelter|supply|supplies|tent|vaccine)
0233  v:call  on@target  xcomp=provide|send|deliver|give|supply|supplies|distribute(obj=food|medicine|relief|shelter|supply|supplies|tent|vaccine)
0233  v:appeal  to@target  xcomp=provide|send|deliver|give|supply|supplies|distribute(obj=food|medicine|relief|shelter|supply|supplies|tent|vaccine)
0233  v:urge  obj@target  xcomp=provide|send|deliver|give(obj=aid|assistance|help(amod=humanitarian|emergency))
0233  v:call  on@target  xcomp=provide|send|deliver|give(obj=aid|assistance|help(amod=humanitarian|emergency))
0233  v:call  for=food|medicine|relief|shelter|supply|supplies|vaccine
0233  v:appeal  for=food|medicine|relief|shelter|supply|supplies|vaccine
0233  v:ask  obj@target  for=food|medicine|relief|shelter|supply|supplies|vaccine
0233  v:seek  obj=food|medicine|relief|shelter|supply|supplies|vaccine  from@target
0233  n:call  for=food|medicine|relief|shelter|supply|supplies|vaccine
0233  v:appeal  to@target  for=food|medicine|relief|shelter|supply|supplies|vaccine
0233  v:call  for=aid|assistance|help|support(amod=humanitarian|emergency)
0233  v:call  for=aid(compound=disaster|emergency|food)

## 0234 Appeal for military protection or peacekeeping
0234  v:urge  obj@target  xcomp=protect|defend(obj=civilian|population|people|border)
0234  v:press  obj@target  xcomp=protect|defend(obj=civilian|population|people|border)
0234  v:ask  obj@target  xcomp=protect|defend(obj=civilian|population|people|border)
0234  v:call  on@target  xcomp=protect|defend(obj=civilian|population|people|border)
0234  v:appeal  to@target  xcomp=protect|defend(obj=civilian|population|people|border)
0234  v:urge  obj@target  xcomp=deploy|send(obj=peacekeeper|mission)
0234  v:call  on@target  xcomp=deploy|send(obj=peacekeeper|mission)
0234  v:urge  obj@target  xcomp=intervene
0234  v:call  on@target  xcomp=intervene
0234  v:call  for=peacekeeper|peacekeeping|protection
0234  v:appeal  for=peacekeeper|peacekeeping|protection
0234  v:ask  obj@target  for=peacekeeper|peacekeeping|protection
0234  v:seek  obj=peacekeeper|peacekeeping|protection  from@target
0234  n:call  for=peacekeeper|peacekeeping|protection
0234  v:appeal  to@target  for=peacekeeper|peacekeeping|protection
0234  v:call  for=force|mission|troop|troops(amod=peacekeeping|international|multinational)
0234  v:call  for=force|mission(compound=peacekeeping|protection|stabilization)

## 024 Appeal for political reform, not specified below
024  v:urge  obj@target  xcomp=reform
024  v:press  obj@target  xcomp=reform
024  v:ask  obj@target  xcomp=reform
024  v:call  on@target  xcomp=reform
024  v:appeal  to@target  xcomp=reform
024  v:urge  obj@target  xcomp=implement|introduce|carry(obj=reform)
024  v:call  on@target  xcomp=implement|introduce|carry(obj=reform)
024  v:urge  obj@target  xcomp=democratize|democratise
024  v:call  on@target  xcomp=democratize|democratise
024  v:call  for=reform
024  v:appeal  for=reform
024  v:ask  obj@target  for=reform
024  v:seek  obj=reform  from@target
024  n:call  for=reform
024  v:appeal  to@target  for=reform
024  v:call  for=change(amod=political|democratic)
024  v:call  for=democratization|democratisation|liberalization

## 0241 Appeal for change in leadership
0241  v:urge  obj@target  xcomp=resign|quit|abdicate
0241  v:press  obj@target  xcomp=resign|quit|abdicate
0241  v:ask  obj@target  xcomp=resign|quit|abdicate
0241  v:call  on@target  xcomp=resign|quit|abdicate
0241  v:appeal  to@target  xcomp=resign|quit|abdicate
0241  v:urge  obj@target  xcomp=step(compound=down|aside)
0241  v:call  on@target  xcomp=step(compound=down|aside)
0241  v:urge  obj@target  xcomp=hold|call(obj=election(amod=early|new|snap|fresh))
0241  v:call  on@target  xcomp=hold|call(obj=election(amod=early|new|snap|fresh))
0241  v:urge  obj@target  xcomp=leave|relinquish(obj=office|power)
0241  v:call  on@target  xcomp=leave|relinquish(obj=office|power)
0241  v:call  for=resignation|ouster|removal|departure|abdication
0241  v:appeal  for=resignation|ouster|removal|departure|abdication
0241  v:ask  obj@target  for=resignation|ouster|removal|departure|abdication
0241  v:seek  obj=resignation|ouster|removal|departure|abdication  from@target
0241  n:call  for=resignation|ouster|removal|departure|abdication
0241  v:appeal  to@target  for=resignation|ouster|removal|departure|abdication
0241  v:call  for=election(amod=early|snap|new|fresh)
0241  v:call  for=change(compound=leadership|government)

## 0242 Appeal for policy change
0242  v:urge  obj@target  xcomp=change|reverse|rethink|reconsider|revise|abandon|drop|scrap(obj=policy|course|plan|decision|law|stance|position|program|programme)
0242  v:press  obj@target  xcomp=change|reverse|rethink|reconsider|revise|abandon|drop|scrap(obj=policy|course|plan|decision|law|stance|position|program|programme)
0242  v:ask  obj@target  xcomp=change|reverse|rethink|reconsider|revise|abandon|drop|scrap(obj=policy|course|plan|decision|law|stance|position|program|programme)
0242  v:call  on@target  xcomp=change|reverse|rethink|reconsider|revise|abandon|drop|scrap(obj=policy|course|plan|decision|law|stance|position|program|programme)
0242  v:appeal  to@target  xcomp=change|reverse|rethink|reconsider|revise|abandon|drop|scrap(obj=policy|course|plan|decision|law|stance|position|program|programme)
0242  v:call  for=change|shift|reversal|rethink(compound=policy)
0242  v:appeal  for=change|shift|reversal|rethink(compound=policy)
0242  v:ask  obj@target  for=change|shift|reversal|rethink(compound=policy)
0242  v:seek  obj=change|shift|reversal|rethink(compound=policy)  from@target
0242  n:call  for=change|shift|reversal|rethink(compound=policy)
0242  v:appeal  to@target  for=change|shift|reversal|rethink(compound=policy)
0242  v:call  for=change(in=policy|course|approach)
0242  v:call  for=reversal|reconsideration|repeal(of=policy|decision|plan|law)

## 0243 Appeal for rights
0243  v:urge  obj@target  xcomp=respect|protect|guarantee|uphold|restore(obj=right|freedom|liberty)
0243  v:press  obj@target  xcomp=respect|protect|guarantee|uphold|restore(obj=right|freedom|liberty)
0243  v:ask  obj@target  xcomp=respect|protect|guarantee|uphold|restore(obj=right|freedom|liberty)
0243  v:call  on@target  xcomp=respect|protect|guarantee|uphold|restore(obj=right|freedom|liberty)
0243  v:appeal  to@target  xcomp=respect|protect|guarantee|uphold|restore(obj=right|freedom|liberty)
0243  v:urge  obj@target  xcomp=allow|permit(obj=protest|demonstration|dissent|opposition)
0243  v:call  on@target  xcomp=allow|permit(obj=protest|demonstration|dissent|opposition)
0243  v:call  for=right|freedom|liberty
0243  v:appeal  for=right|freedom|liberty
0243  v:ask  obj@target  for=right|freedom|liberty
0243  v:seek  obj=right|freedom|liberty  from@target
0243  n:call  for=right|freedom|liberty
0243  v:appeal  to@target  for=right|freedom|liberty
0243  v:call  for=protection(of=right|freedom|minority)
0243  v:call  for=respect(for=right|freedom)

## 0244 Appeal for change in institutions, regime
0244  v:urge  obj@target  xcomp=change|amend|rewrite|reform(obj=constitution|system|institution)
0244  v:press  obj@target  xcomp=change|amend|rewrite|reform(obj=constitution|system|institution)
0244  v:ask  obj@target  xcomp=change|amend|rewrite|reform(obj=constitution|system|institution)
0244  v:call  on@target  xcomp=change|amend|rewrite|reform(obj=constitution|system|institution)
0244  v:appeal  to@target  xcomp=change|amend|rewrite|reform(obj=constitution|system|institution)
0244  v:urge  obj@target  xcomp=hold(obj=referendum)
0244  v:call  on@target  xcomp=hold(obj=referendum)
0244  v:call  for=change(compound=regime)
0244  v:appeal  for=change(compound=regime)
0244  v:ask  obj@target  for=change(compound=regime)
0244  v:seek  obj=change(compound=regime)  from@target
0244  n:call  for=change(compound=regime)
0244  v:appeal  to@target  for=change(compound=regime)
0244  v:call  for=reform(amod=constitutional|electoral|institutional|judicial)
0244  v:call  for=constitution(amod=new)
0244  v:call  for=referendum

## 025 Appeal to yield
025  v:urge  obj@target  xcomp=yield|compromise|concede
025  v:press  obj@target  xcomp=yield|compromise|concede
025  v:ask  obj@target  xcomp=yield|compromise|concede
025  v:call  on@target  xcomp=yield|compromise|concede
025  v:appeal  to@target  xcomp=yield|compromise|concede
025  v:urge  obj@target  xcomp=make(obj=concession|compromise)
025  v:call  on@target  xcomp=make(obj=concession|compromise)
025  v:urge  obj@target  xcomp=back(compound=down)
025  v:call  on@target  xcomp=back(compound=down)
025  v:call  for=concession|compromise
025  v:appeal  for=concession|compromise
025  v:ask  obj@target  for=concession|compromise
025  v:seek  obj=concession|compromise  from@target
025  n:call  for=concession|compromise
025  v:appeal  to@target  for=concession|compromise

## 0251 Appeal for easing of administrative sanctions
0251  v:urge  obj@target  xcomp=lift|end|ease|relax|rescind|revoke(obj=ban|restriction|curfew|emergency|decree|rule|order)
0251  v:press  obj@target  xcomp=lift|end|ease|relax|rescind|revoke(obj=ban|restriction|curfew|emergency|decree|rule|order)
0251  v:ask  obj@target  xcomp=lift|end|ease|relax|rescind|revoke(obj=ban|restriction|curfew|emergency|decree|rule|order)
0251  v:call  on@target  xcomp=lift|end|ease|relax|rescind|revoke(obj=ban|restriction|curfew|emergency|decree|rule|order)
0251  v:appeal  to@target  xcomp=lift|end|ease|relax|rescind|revoke(obj=ban|restriction|curfew|emergency|decree|rule|order)
0251  v:call  for=lifting|easing|end|removal(of=ban|restriction|curfew|emergency|decree)
0251  v:appeal  for=lifting|easing|end|removal(of=ban|restriction|curfew|emergency|decree)
0251  v:ask  obj@target  for=lifting|easing|end|removal(of=ban|restriction|curfew|emergency|decree)
0251  v:seek  obj=lifting|easing|end|removal(of=ban|restriction|curfew|emergency|decree)  from@target
0251  n:call  for=lifting|easing|end|removal(of=ban|restriction|curfew|emergency|decree)
0251  v:appeal  to@target  for=lifting|easing|end|removal(of=ban|restriction|curfew|emergency|decree)

## 0252 Appeal for easing of popular dissent
0252  v:urge  obj@target  xcomp=end|stop|halt|suspend|abandon(obj=protest|strike|demonstration|boycott|rally|sit-in|blockade)
0252  v:press  obj@target  xcomp=end|stop|halt|suspend|abandon(obj=protest|strike|demonstration|boycott|rally|sit-in|blockade)
0252  v:ask  obj@target  xcomp=end|stop|halt|suspend|abandon(obj=protest|strike|demonstration|boycott|rally|sit-in|blockade)
0252  v:call  on@target  xcomp=end|stop|halt|suspend|abandon(obj=protest|strike|demonstration|boycott|rally|sit-in|blockade)
0252  v:appeal  to@target  xcomp=end|stop|halt|suspend|abandon(obj=protest|strike|demonstration|boycott|rally|sit-in|blockade)
0252  v:urge  obj@target  xcomp=call(compound=off obj=protest|strike|demonstration|boycott)
0252  v:call  on@target  xcomp=call(compound=off obj=protest|strike|demonstration|boycott)
0252  v:urge  obj@target  xcomp=remain|stay(xcomp=calm|peaceful)
0252  v:call  on@target  xcomp=remain|stay(xcomp=calm|peaceful)
0252  v:call  for=calm|restraint
0252  v:appeal  for=calm|restraint
0252  v:ask  obj@target  for=calm|restraint
0252  v:seek  obj=calm|restraint  from@target
0252  n:call  for=calm|restraint
0252  v:appeal  to@target  for=calm|restraint
0252  v:call  for=end(of=protest|strike|demonstration|boycott|unrest)

## 0253 Appeal for release of persons or property
0253  v:urge  obj@target  xcomp=release|free
0253  v:press  obj@target  xcomp=release|free
0253  v:ask  obj@target  xcomp=release|free
0253  v:call  on@target  xcomp=release|free
0253  v:appeal  to@target  xcomp=release|free
0253  v:urge  obj@target  xcomp=return(obj=property|asset|land|body|remains)
0253  v:call  on@target  xcomp=return(obj=property|asset|land|body|remains)
0253  v:call  for=release(of=prisoner|hostage|detainee|captive|journalist|activist|dissident)
0253  v:appeal  for=release(of=prisoner|hostage|detainee|captive|journalist|activist|dissident)
0253  v:ask  obj@target  for=release(of=prisoner|hostage|detainee|captive|journalist|activist|dissident)
0253  v:seek  obj=release(of=prisoner|hostage|detainee|captive|journalist|activist|dissident)  from@target
0253  n:call  for=release(of=prisoner|hostage|detainee|captive|journalist|activist|dissident)
0253  v:appeal  to@target  for=release(of=prisoner|hostage|detainee|captive|journalist|activist|dissident)
0253  v:call  for=release
0253  v:call  for=freedom(of=prisoner|hostage|detainee)

## 0254 Appeal for easing of economic sanctions, boycott, or embargo
0254  v:urge  obj@target  xcomp=lift|ease|end|remove|relax|suspend(obj=sanction|embargo|boycott|tariff)
0254  v:press  obj@target  xcomp=lift|ease|end|remove|relax|suspend(obj=sanction|embargo|boycott|tariff)
0254  v:ask  obj@target  xcomp=lift|ease|end|remove|relax|suspend(obj=sanction|embargo|boycott|tariff)
0254  v:call  on@target  xcomp=lift|ease|end|remove|relax|suspend(obj=sanction|embargo|boycott|tariff)
0254  v:appeal  to@target  xcomp=lift|ease|end|remove|relax|suspend(obj=sanction|embargo|boycott|tariff)
0254  v:call  for=lifting|easing|removal|end|suspension(of=sanction|embargo|boycott|tariff)
0254  v:appeal  for=lifting|easing|removal|end|suspension(of=sanction|embargo|boycott|tariff)
0254  v:ask  obj@target  for=lifting|easing|removal|end|suspension(of=sanction|embargo|boycott|tariff)
0254  v:seek  obj=lifting|easing|removal|end|suspension(of=sanction|embargo|boycott|tariff)  from@target
0254  n:call  for=lifting|easing|removal|end|suspension(of=sanction|embargo|boycott|tariff)
0254  v:appeal  to@target  for=lifting|easing|removal|end|suspension(of=sanction|embargo|boycott|tariff)
0254  v:call  for=relief(compound=sanction)

## 0255 Appeal for target to allow international involvement (non-mediation)
0255  v:urge  obj@target  xcomp=allow|permit|grant(obj=access)
0255  v:press  obj@target  xcomp=allow|permit|grant(obj=access)
0255  v:ask  obj@target  xcomp=allow|permit|grant(obj=access)
0255  v:call  on@target  xcomp=allow|permit|grant(obj=access)
0255  v:appeal  to@target  xcomp=allow|permit|grant(obj=access)
0255  v:urge  obj@target  xcomp=allow|admit|accept|permit|let(obj=inspector|monitor|observer|investigator|mission|expert)
0255  v:call  on@target  xcomp=allow|admit|accept|permit|let(obj=inspector|monitor|observer|investigator|mission|expert)
0255  v:urge  obj@target  xcomp=cooperate(with=inspector|monitor|mission|investigator)
0255  v:call  on@target  xcomp=cooperate(with=inspector|monitor|mission|investigator)
0255  v:call  for=access(amod=unfettered|unhindered|full|unrestricted)
0255  v:appeal  for=access(amod=unfettered|unhindered|full|unrestricted)
0255  v:ask  obj@target  for=access(amod=unfettered|unhindered|full|unrestricted)
0255  v:seek  obj=access(amod=unfettered|unhindered|full|unrestricted)  from@target
0255  n:call  for=access(amod=unfettered|unhindered|full|unrestricted)
0255  v:appeal  to@target  for=access(amod=unfettered|unhindered|full|unrestricted)
0255  v:call  for=entry(of=inspector|monitor|observer|investigator)

## 0256 Appeal for de-escalation of military engagement
0256  v:urge  obj@target  xcomp=withdraw|pull(obj=troop|troops|force|soldier|army)
0256  v:press  obj@target  xcomp=withdraw|pull(obj=troop|troops|force|soldier|army)
0256  v:ask  obj@target  xcomp=withdraw|pull(obj=troop|troops|force|soldier|army)
0256  v:call  on@target  xcomp=withdraw|pull(obj=troop|troops|force|soldier|army)
0256  v:appeal  to@target  xcomp=withdraw|pull(obj=troop|troops|force|soldier|army)
0256  v:urge  obj@target  xcomp=de-escalate
0256  v:call  on@target  xcomp=de-escalate
0256  v:urge  obj@target  xcomp=end|stop|halt|cease(obj=fighting|hostility|attack|offensive|bombing|shelling|violence|war|operation)
0256  v:call  on@target  xcomp=end|stop|halt|cease(obj=fighting|hostility|attack|offensive|bombing|shelling|violence|war|operation)
0256  v:urge  obj@target  xcomp=observe|respect|declare|accept(obj=ceasefire|truce|cease-fire)
0256  v:call  on@target  xcomp=observe|respect|declare|accept(obj=ceasefire|truce|cease-fire)
0256  v:urge  obj@target  xcomp=exercise|show(obj=restraint)
0256  v:call  on@target  xcomp=exercise|show(obj=restraint)
0256  v:call  for=ceasefire|truce|cease-fire|armistice
0256  v:appeal  for=ceasefire|truce|cease-fire|armistice
0256  v:ask  obj@target  for=ceasefire|truce|cease-fire|armistice
0256  v:seek  obj=ceasefire|truce|cease-fire|armistice  from@target
0256  n:call  for=ceasefire|truce|cease-fire|armistice
0256  v:appeal  to@target  for=ceasefire|truce|cease-fire|armistice
0256  v:call  for=de-escalation|restraint|withdrawal
0256  v:call  for=end(of=fighting|hostility|violence|war|attack|offensive|bombing)

## 026 Appeal to others to meet or negotiate
026  v:urge  obj@target  xcomp=negotiate|talk|meet
026  v:press  obj@target  xcomp=negotiate|talk|meet
026  v:ask  obj@target  xcomp=negotiate|talk|meet
026  v:call  on@target  xcomp=negotiate|talk|meet
026  v:appeal  to@target  xcomp=negotiate|talk|meet
026  v:urge  obj@target  xcomp=return|go|come|get(to=table|talk|negotiation|dialogue)
026  v:call  on@target  xcomp=return|go|come|get(to=table|talk|negotiation|dialogue)
026  v:urge  obj@target  xcomp=resume|restart|reopen|hold|open|start|begin|enter(obj=talk|negotiation|dialogue|discussion)
026  v:call  on@target  xcomp=resume|restart|reopen|hold|open|start|begin|enter(obj=talk|negotiation|dialogue|discussion)
026  v:urge  obj@target  xcomp=sit(compound=down)
026  v:call  on@target  xcomp=sit(compound=down)
026  v:urge  obj@target  xcomp=engage(in=dialogue|talk|negotiation)
026  v:call  on@target  xcomp=engage(in=dialogue|talk|negotiation)
026  v:call  for=talk|negotiation|dialogue|meeting|summit|discussion
# Headlines drop the verb: "Urges X to Resume Talks" is often parsed as "to talks".
026  v:urge  obj@target  to=talk|negotiation|dialogue|table
026  v:press  obj@target  to=talk|negotiation|dialogue|table
026  v:push  obj@target  to=talk|negotiation|dialogue|table
026  v:appeal  for=talk|negotiation|dialogue|meeting|summit|discussion
026  v:ask  obj@target  for=talk|negotiation|dialogue|meeting|summit|discussion
026  v:seek  obj=talk|negotiation|dialogue|meeting|summit|discussion  from@target
026  n:call  for=talk|negotiation|dialogue|meeting|summit|discussion
026  v:appeal  to@target  for=talk|negotiation|dialogue|meeting|summit|discussion
026  v:call  for=resumption(of=talk|negotiation|dialogue)
026  v:call  for=return(to=talk|negotiation|table|dialogue)
026  v:pressure  obj@target  into=talk|negotiation|dialogue|discussion|deal|agreement
026  v:press  obj@target  into=talk|negotiation|dialogue|discussion|deal|agreement
026  v:push  obj@target  into=talk|negotiation|dialogue|discussion|deal|agreement
026  v:coax  obj@target  into=talk|negotiation|dialogue|discussion|deal|agreement
026  v:nudge  obj@target  into=talk|negotiation|dialogue|discussion|deal|agreement
026  v:prod  obj@target  into=talk|negotiation|dialogue|discussion|deal|agreement
026  v:pressurize  obj@target  into=talk|negotiation|dialogue|discussion|deal|agreement
026  v:pressurise  obj@target  into=talk|negotiation|dialogue|discussion|deal|agreement
026  v:cajole  obj@target  into=talk|negotiation|dialogue|discussion|deal|agreement
026  v:pressure  obj@target  xcomp=negotiate|talk|meet
026  v:pressure  obj@target  xcomp=return|go|come|get(to=table|talk|negotiation|dialogue)
026  v:push  obj@target  xcomp=negotiate|talk|meet
026  v:push  obj@target  xcomp=return|go|come|get(to=table|talk|negotiation|dialogue)
026  v:encourage  obj@target  xcomp=negotiate|talk|meet
026  v:encourage  obj@target  xcomp=return|go|come|get(to=table|talk|negotiation|dialogue)
026  v:implore  obj@target  xcomp=negotiate|talk|meet
026  v:implore  obj@target  xcomp=return|go|come|get(to=table|talk|negotiation|dialogue)
026  v:nudge  obj@target  xcomp=negotiate|talk|meet
026  v:nudge  obj@target  xcomp=return|go|come|get(to=table|talk|negotiation|dialogue)
026  v:prod  obj@target  xcomp=negotiate|talk|meet
026  v:prod  obj@target  xcomp=return|go|come|get(to=table|talk|negotiation|dialogue)
026  v:pressure  obj@target  xcomp=resume|restart|reopen|hold|open|start|begin|enter(obj=talk|negotiation|dialogue|discussion)
026  v:push  obj@target  xcomp=resume|restart|reopen|hold|open|start|begin|enter(obj=talk|negotiation|dialogue|discussion)
026  v:bring  obj@target  to=table|talk|negotiation
026  v:get  obj@target  to=table
026  n:pressure  on@target  acl=negotiate|talk|return
026  n:push  for=talk|negotiation|dialogue
026  v:push  for=talk|negotiation|dialogue|meeting
026  v:lobby  obj@target  xcomp=negotiate|talk|meet
026  v:invite  obj@target  to=talk|negotiation|dialogue|table

## 027 Appeal to others to settle dispute
027  v:urge  obj@target  xcomp=settle|resolve|end(obj=dispute|conflict|difference|crisis|row|standoff|feud)
027  v:press  obj@target  xcomp=settle|resolve|end(obj=dispute|conflict|difference|crisis|row|standoff|feud)
027  v:ask  obj@target  xcomp=settle|resolve|end(obj=dispute|conflict|difference|crisis|row|standoff|feud)
027  v:call  on@target  xcomp=settle|resolve|end(obj=dispute|conflict|difference|crisis|row|standoff|feud)
027  v:appeal  to@target  xcomp=settle|resolve|end(obj=dispute|conflict|difference|crisis|row|standoff|feud)
027  v:urge  obj@target  xcomp=find|reach|seek(obj=solution|settlement|compromise|resolution(amod=peaceful|political|diplomatic|negotiated))
027  v:call  on@target  xcomp=find|reach|seek(obj=solution|settlement|compromise|resolution(amod=peaceful|political|diplomatic|negotiated))
027  v:urge  obj@target  xcomp=make(obj=peace)
027  v:call  on@target  xcomp=make(obj=peace)
027  v:call  for=settlement|resolution|solution(amod=peaceful|political|diplomatic|negotiated)
027  v:appeal  for=settlement|resolution|solution(amod=peaceful|political|diplomatic|negotiated)
027  v:ask  obj@target  for=settlement|resolution|solution(amod=peaceful|political|diplomatic|negotiated)
027  v:seek  obj=settlement|resolution|solution(amod=peaceful|political|diplomatic|negotiated)  from@target
027  n:call  for=settlement|resolution|solution(amod=peaceful|political|diplomatic|negotiated)
027  v:appeal  to@target  for=settlement|resolution|solution(amod=peaceful|political|diplomatic|negotiated)
027  v:call  for=settlement(of=dispute|conflict)
027  v:call  for=peace

## 028 Appeal to others to engage in or accept mediation
028  v:urge  obj@target  xcomp=accept|allow(obj=mediation|mediator)
028  v:press  obj@target  xcomp=accept|allow(obj=mediation|mediator)
028  v:ask  obj@target  xcomp=accept|allow(obj=mediation|mediator)
028  v:call  on@target  xcomp=accept|allow(obj=mediation|mediator)
028  v:appeal  to@target  xcomp=accept|allow(obj=mediation|mediator)
028  v:call  for=mediation|mediator|arbitration
028  v:appeal  for=mediation|mediator|arbitration
028  v:ask  obj@target  for=mediation|mediator|arbitration
028  v:seek  obj=mediation|mediator|arbitration  from@target
028  n:call  for=mediation|mediator|arbitration
028  v:appeal  to@target  for=mediation|mediator|arbitration

## Added from the PLOVER development half (odd ids) and Wikinews verbs with no pattern (2026-11-29)
023  v:seek  obj=refuge|asylum|sanctuary|shelter  in@target
023  v:seek  obj=refuge|asylum|sanctuary|shelter  from@target
