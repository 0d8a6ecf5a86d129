# dyad event dictionary: CAMEO root 03 (EXPRESS INTENT TO COOPERATE)
# Format: data/events/FORMAT.md. One pattern per line: CODE  TRIGGER  ARGUMENTS...
@format 1
@version 0.1.0

## 030 Express intent to cooperate, not specified below
030  v:pledge  xcomp=cooperate|work(with@target)
030  v:promise  xcomp=cooperate|work(with@target)
030  v:vow  xcomp=cooperate|work(with@target)
030  v:offer  xcomp=cooperate|work(with@target)
030  v:agree  xcomp=cooperate|work(with@target)
030  v:commit  xcomp=cooperate|work(with@target)
030  v:pledge  xcomp=cooperate|work
030  v:promise  xcomp=cooperate|work
030  v:vow  xcomp=cooperate|work
030  v:offer  xcomp=cooperate|work
030  v:offer  obj=cooperation|partnership|friendship  to@target
030  v:promise  obj=cooperation|partnership
030  v:pledge  obj=cooperation|partnership
030  v:commit  to=cooperation|partnership
030  v:express  obj=willingness|readiness|desire|intention|interest|wish(acl=cooperate|work)
030  v:signal  obj=willingness|readiness|desire|intention|interest|wish(acl=cooperate|work)
030  v:show  obj=willingness|readiness|desire|intention|interest|wish(acl=cooperate|work)
030  v:voice  obj=willingness|readiness|desire|intention|interest|wish(acl=cooperate|work)
030  v:express  obj=willingness|readiness|desire|interest  in=cooperation|partnership
030  v:signal  obj=willingness|readiness|desire|interest  in=cooperation|partnership
030  v:voice  obj=willingness|readiness|desire|interest  in=cooperation|partnership
030  v:extend  obj=hand(of=friendship|cooperation)  to@target
030  n:pledge  of=cooperation|partnership
030  n:offer  of=cooperation|partnership|friendship
030  v:seek  obj=cooperation|partnership  with@target
030  v:look  xcomp=cooperate|work  with@target

## 031 Express intent to engage in material cooperation, not specified below
031  v:promise  xcomp=cooperate(on=project|infrastructure|energy|technology)
031  v:pledge  xcomp=cooperate(on=project|infrastructure|energy|technology)
031  v:vow  xcomp=cooperate(on=project|infrastructure|energy|technology)
031  v:offer  xcomp=cooperate(on=project|infrastructure|energy|technology)
031  v:agree  xcomp=cooperate(on=project|infrastructure|energy|technology)
031  v:pledge  xcomp=pool(obj=resource)
031  v:agree  xcomp=pool(obj=resource)
031  v:pledge  xcomp=cooperate(on=project|infrastructure|energy|technology with@target)
031  v:offer  xcomp=cooperate(on=project|infrastructure|energy|technology with@target)
031  v:agree  xcomp=cooperate(on=project|infrastructure|energy|technology with@target)
031  v:pledge  xcomp=launch(obj=project|venture(amod=joint) with@target)
031  v:offer  xcomp=launch(obj=project|venture(amod=joint) with@target)
031  v:agree  xcomp=launch(obj=project|venture(amod=joint) with@target)
031  v:pledge  obj=cooperation(amod=material|practical)  to@target
031  v:promise  obj=cooperation(amod=material|practical)  to@target
031  v:offer  obj=cooperation(amod=material|practical)  to@target
031  v:offer  iobj@target  obj=cooperation(amod=material|practical)
031  n:pledge  of=cooperation(amod=material|practical)
031  v:pledge  obj=project|venture(amod=joint)  to@target

## 0311 Express intent to cooperate economically
0311  v:promise  xcomp=trade
0311  v:pledge  xcomp=trade
0311  v:vow  xcomp=trade
0311  v:offer  xcomp=trade
0311  v:agree  xcomp=trade
0311  v:pledge  xcomp=invest
0311  v:agree  xcomp=invest
0311  v:pledge  xcomp=cooperate(advmod=economically)
0311  v:agree  xcomp=cooperate(advmod=economically)
0311  v:pledge  xcomp=boost|expand(obj=trade|investment)
0311  v:agree  xcomp=boost|expand(obj=trade|investment)
0311  v:pledge  xcomp=trade(with@target)
0311  v:offer  xcomp=trade(with@target)
0311  v:agree  xcomp=trade(with@target)
0311  v:pledge  xcomp=invest(in@target)
0311  v:offer  xcomp=invest(in@target)
0311  v:agree  xcomp=invest(in@target)
0311  v:pledge  xcomp=cooperate(advmod=economically with@target)
0311  v:offer  xcomp=cooperate(advmod=economically with@target)
0311  v:agree  xcomp=cooperate(advmod=economically with@target)
0311  v:pledge  xcomp=expand|boost(obj=trade with@target)
0311  v:offer  xcomp=expand|boost(obj=trade with@target)
0311  v:agree  xcomp=expand|boost(obj=trade with@target)
0311  v:pledge  obj=trade|investment|commerce  to@target
0311  v:promise  obj=trade|investment|commerce  to@target
0311  v:offer  obj=trade|investment|commerce  to@target
0311  v:offer  iobj@target  obj=trade|investment|commerce
0311  n:pledge  of=trade|investment|commerce
0311  v:pledge  obj=cooperation|tie|partnership(amod=economic|commercial)  to@target
0311  v:pledge  obj=agreement|deal|pact(compound=trade)  to@target

## 0312 Express intent to cooperate militarily
0312  v:promise  xcomp=cooperate(advmod=militarily)
0312  v:pledge  xcomp=cooperate(advmod=militarily)
0312  v:vow  xcomp=cooperate(advmod=militarily)
0312  v:offer  xcomp=cooperate(advmod=militarily)
0312  v:agree  xcomp=cooperate(advmod=militarily)
0312  v:pledge  xcomp=cooperate(on=defense|defence|security)
0312  v:agree  xcomp=cooperate(on=defense|defence|security)
0312  v:pledge  xcomp=hold|conduct(obj=exercise|drill(amod=joint))
0312  v:agree  xcomp=hold|conduct(obj=exercise|drill(amod=joint))
0312  v:pledge  xcomp=form|join(obj=alliance|coalition)
0312  v:agree  xcomp=form|join(obj=alliance|coalition)
0312  v:pledge  xcomp=cooperate(advmod=militarily with@target)
0312  v:offer  xcomp=cooperate(advmod=militarily with@target)
0312  v:agree  xcomp=cooperate(advmod=militarily with@target)
0312  v:pledge  xcomp=form(obj=alliance with@target)
0312  v:offer  xcomp=form(obj=alliance with@target)
0312  v:agree  xcomp=form(obj=alliance with@target)
0312  v:pledge  xcomp=hold|conduct(obj=exercise|drill(amod=joint) with@target)
0312  v:offer  xcomp=hold|conduct(obj=exercise|drill(amod=joint) with@target)
0312  v:agree  xcomp=hold|conduct(obj=exercise|drill(amod=joint) with@target)
0312  v:pledge  obj=cooperation|tie|partnership(amod=military)  to@target
0312  v:promise  obj=cooperation|tie|partnership(amod=military)  to@target
0312  v:offer  obj=cooperation|tie|partnership(amod=military)  to@target
0312  v:offer  iobj@target  obj=cooperation|tie|partnership(amod=military)
0312  n:pledge  of=cooperation|tie|partnership(amod=military)
0312  v:pledge  obj=cooperation|partnership(compound=defense|defence|security)  to@target
0312  v:pledge  obj=exercise|drill(amod=joint)  to@target
0312  v:pledge  obj=alliance  to@target

## 0313 Express intent to cooperate on judicial matters
0313  v:promise  xcomp=extradite
0313  v:pledge  xcomp=extradite
0313  v:vow  xcomp=extradite
0313  v:offer  xcomp=extradite
0313  v:agree  xcomp=extradite
0313  v:pledge  xcomp=cooperate(with=investigation|probe|court|tribunal|inquiry)
0313  v:agree  xcomp=cooperate(with=investigation|probe|court|tribunal|inquiry)
0313  v:pledge  xcomp=surrender(obj=suspect|fugitive)
0313  v:agree  xcomp=surrender(obj=suspect|fugitive)
0313  v:pledge  xcomp=extradite(to@target)
0313  v:offer  xcomp=extradite(to@target)
0313  v:agree  xcomp=extradite(to@target)
0313  v:pledge  xcomp=cooperate(with=court|tribunal|prosecutor|investigator@target)
0313  v:offer  xcomp=cooperate(with=court|tribunal|prosecutor|investigator@target)
0313  v:agree  xcomp=cooperate(with=court|tribunal|prosecutor|investigator@target)
0313  v:pledge  obj=extradition  to@target
0313  v:promise  obj=extradition  to@target
0313  v:offer  obj=extradition  to@target
0313  v:offer  iobj@target  obj=extradition
0313  n:pledge  of=extradition
0313  v:pledge  obj=cooperation|assistance(amod=judicial|legal)  to@target

## 0314 Express intent to cooperate on intelligence
0314  v:promise  xcomp=share|exchange(obj=intelligence|information|data)
0314  v:pledge  xcomp=share|exchange(obj=intelligence|information|data)
0314  v:vow  xcomp=share|exchange(obj=intelligence|information|data)
0314  v:offer  xcomp=share|exchange(obj=intelligence|information|data)
0314  v:agree  xcomp=share|exchange(obj=intelligence|information|data)
0314  v:pledge  xcomp=share|exchange(obj=intelligence|information|data with@target)
0314  v:offer  xcomp=share|exchange(obj=intelligence|information|data with@target)
0314  v:agree  xcomp=share|exchange(obj=intelligence|information|data with@target)
0314  v:pledge  obj=intelligence  to@target
0314  v:promise  obj=intelligence  to@target
0314  v:offer  obj=intelligence  to@target
0314  v:offer  iobj@target  obj=intelligence
0314  n:pledge  of=intelligence
0314  v:pledge  obj=sharing|cooperation|exchange(compound=intelligence|information)  to@target

## 032 Express intent to provide diplomatic cooperation such as policy support
032  v:promise  xcomp=support|back|endorse(obj=resolution|bid|candidacy|plan|proposal|initiative|position)
032  v:pledge  xcomp=support|back|endorse(obj=resolution|bid|candidacy|plan|proposal|initiative|position)
032  v:vow  xcomp=support|back|endorse(obj=resolution|bid|candidacy|plan|proposal|initiative|position)
032  v:offer  xcomp=support|back|endorse(obj=resolution|bid|candidacy|plan|proposal|initiative|position)
032  v:agree  xcomp=support|back|endorse(obj=resolution|bid|candidacy|plan|proposal|initiative|position)
032  v:pledge  xcomp=recognize|recognise(obj=government|state|independence)
032  v:agree  xcomp=recognize|recognise(obj=government|state|independence)
032  v:pledge  xcomp=support|back|endorse(obj@target)
032  v:offer  xcomp=support|back|endorse(obj@target)
032  v:agree  xcomp=support|back|endorse(obj@target)
032  v:pledge  xcomp=recognize|recognise(obj@target)
032  v:offer  xcomp=recognize|recognise(obj@target)
032  v:agree  xcomp=recognize|recognise(obj@target)
032  v:pledge  obj=support|backing(amod=diplomatic|political)  to@target
032  v:promise  obj=support|backing(amod=diplomatic|political)  to@target
032  v:offer  obj=support|backing(amod=diplomatic|political)  to@target
032  v:offer  iobj@target  obj=support|backing(amod=diplomatic|political)
032  n:pledge  of=support|backing(amod=diplomatic|political)
032  v:pledge  obj=endorsement|recognition  to@target
032  v:pledge  obj=solidarity  to@target

## 033 Express intent to provide material aid, not specified below
033  v:promise  xcomp=help|assist|aid
033  v:pledge  xcomp=help|assist|aid
033  v:vow  xcomp=help|assist|aid
033  v:offer  xcomp=help|assist|aid
033  v:agree  xcomp=help|assist|aid
033  v:pledge  xcomp=provide|give|send|deliver(obj=aid|assistance|help)
033  v:agree  xcomp=provide|give|send|deliver(obj=aid|assistance|help)
033  v:pledge  xcomp=help|assist|aid(obj@target)
033  v:offer  xcomp=help|assist|aid(obj@target)
033  v:agree  xcomp=help|assist|aid(obj@target)
033  v:pledge  xcomp=provide|give|send|deliver(obj=aid|assistance|help to@target)
033  v:offer  xcomp=provide|give|send|deliver(obj=aid|assistance|help to@target)
033  v:agree  xcomp=provide|give|send|deliver(obj=aid|assistance|help to@target)
033  v:pledge  obj=aid|assistance|help  to@target
033  v:promise  obj=aid|assistance|help  to@target
033  v:offer  obj=aid|assistance|help  to@target
033  v:offer  iobj@target  obj=aid|assistance|help
033  n:pledge  of=aid|assistance|help
033  v:pledge  obj=support(amod=material)  to@target

## 0331 Express intent to provide economic aid
0331  v:promise  xcomp=lend|provide|give(obj=loan|credit|funding|money|cash|grant)
0331  v:pledge  xcomp=lend|provide|give(obj=loan|credit|funding|money|cash|grant)
0331  v:vow  xcomp=lend|provide|give(obj=loan|credit|funding|money|cash|grant)
0331  v:offer  xcomp=lend|provide|give(obj=loan|credit|funding|money|cash|grant)
0331  v:agree  xcomp=lend|provide|give(obj=loan|credit|funding|money|cash|grant)
0331  v:pledge  xcomp=finance|fund(obj=project|reconstruction|budget|development)
0331  v:agree  xcomp=finance|fund(obj=project|reconstruction|budget|development)
0331  v:pledge  xcomp=forgive|cancel|restructure(obj=debt)
0331  v:agree  xcomp=forgive|cancel|restructure(obj=debt)
0331  v:pledge  xcomp=lend|provide|give(obj=loan|credit|funding|money|grant to@target)
0331  v:offer  xcomp=lend|provide|give(obj=loan|credit|funding|money|grant to@target)
0331  v:agree  xcomp=lend|provide|give(obj=loan|credit|funding|money|grant to@target)
0331  v:pledge  xcomp=forgive|cancel(obj=debt(poss@target))
0331  v:offer  xcomp=forgive|cancel(obj=debt(poss@target))
0331  v:agree  xcomp=forgive|cancel(obj=debt(poss@target))
0331  v:pledge  xcomp=bail(compound=out obj@target)
0331  v:offer  xcomp=bail(compound=out obj@target)
0331  v:agree  xcomp=bail(compound=out obj@target)
0331  v:pledge  obj=loan|credit|funding|bailout|grant|money|cash  to@target
0331  v:promise  obj=loan|credit|funding|bailout|grant|money|cash  to@target
0331  v:offer  obj=loan|credit|funding|bailout|grant|money|cash  to@target
0331  v:offer  iobj@target  obj=loan|credit|funding|bailout|grant|money|cash
0331  n:pledge  of=loan|credit|funding|bailout|grant|money|cash
0331  v:pledge  obj=aid|assistance|support|help(amod=economic|financial|budgetary)  to@target
0331  v:pledge  obj=relief(compound=debt)  to@target

## 0332 Express intent to provide military aid
0332  v:promise  xcomp=supply|supplies|provide|send|give|deliver(obj=weapon|arm|ammunition|munition|missile|tank|jet|drone|equipment)
0332  v:pledge  xcomp=supply|supplies|provide|send|give|deliver(obj=weapon|arm|ammunition|munition|missile|tank|jet|drone|equipment)
0332  v:vow  xcomp=supply|supplies|provide|send|give|deliver(obj=weapon|arm|ammunition|munition|missile|tank|jet|drone|equipment)
0332  v:offer  xcomp=supply|supplies|provide|send|give|deliver(obj=weapon|arm|ammunition|munition|missile|tank|jet|drone|equipment)
0332  v:agree  xcomp=supply|supplies|provide|send|give|deliver(obj=weapon|arm|ammunition|munition|missile|tank|jet|drone|equipment)
0332  v:pledge  xcomp=arm
0332  v:agree  xcomp=arm
0332  v:pledge  xcomp=train(obj=troop|troops|force|soldier|army|officer)
0332  v:agree  xcomp=train(obj=troop|troops|force|soldier|army|officer)
0332  v:pledge  xcomp=supply|supplies|provide|send|give|deliver(obj=weapon|arm|ammunition|munition|missile|tank|jet|drone|equipment to@target)
0332  v:offer  xcomp=supply|supplies|provide|send|give|deliver(obj=weapon|arm|ammunition|munition|missile|tank|jet|drone|equipment to@target)
0332  v:agree  xcomp=supply|supplies|provide|send|give|deliver(obj=weapon|arm|ammunition|munition|missile|tank|jet|drone|equipment to@target)
0332  v:pledge  xcomp=arm(obj@target)
0332  v:offer  xcomp=arm(obj@target)
0332  v:agree  xcomp=arm(obj@target)
0332  v:pledge  xcomp=supply|supplies(obj@target with=weapon|arm|ammunition)
0332  v:offer  xcomp=supply|supplies(obj@target with=weapon|arm|ammunition)
0332  v:agree  xcomp=supply|supplies(obj@target with=weapon|arm|ammunition)
0332  v:pledge  obj=weapon|arm|ammunition|munition|missile|tank|jet|drone  to@target
0332  v:promise  obj=weapon|arm|ammunition|munition|missile|tank|jet|drone  to@target
0332  v:offer  obj=weapon|arm|ammunition|munition|missile|tank|jet|drone  to@target
0332  v:offer  iobj@target  obj=weapon|arm|ammunition|munition|missile|tank|jet|drone
0332  n:pledge  of=weapon|arm|ammunition|munition|missile|tank|jet|drone
0332  v:pledge  obj=aid|assistance|support|equipment(amod=military|lethal)  to@target

## 0333 Express intent to provide humanitarian aid
0333  v:promise  xcomp=provide|send|deliver|give|supply|supplies|distribute(obj=food|medicine|relief|shelter|supply|supplies|tent|vaccine)
0333  v:pledge  xcomp=provide|send|deliver|give|supply|supplies|distribute(obj=food|medicine|relief|shelter|supply|supplies|tent|vaccine)
0333  v:vow  xcomp=provide|send|deliver|give|supply|supplies|distribute(obj=food|medicine|relief|shelter|supply|supplies|tent|vaccine)
0333  v:offer  xcomp=provide|send|deliver|give|supply|supplies|distribute(obj=food|medicine|relief|shelter|supply|supplies|tent|vaccine)
0333  v:agree  xcomp=provide|send|deliver|give|supply|supplies|distribute(obj=food|medicine|relief|shelter|supply|supplies|tent|vaccine)
0333  v:pledge  xcomp=provide|send|deliver|give(obj=aid|assistance|help(amod=humanitarian|emergency))
0333  v:agree  xcomp=provide|send|deliver|give(obj=aid|assistance|help(amod=humanitarian|emergency))
0333  v:pledge  xcomp=send|deliver|provide(obj=food|medicine|relief|supply|supplies|vaccine to@target)
0333  v:offer  xcomp=send|deliver|provide(obj=food|medicine|relief|supply|supplies|vaccine to@target)
0333  v:agree  xcomp=send|deliver|provide(obj=food|medicine|relief|supply|supplies|vaccine to@target)
0333  v:pledge  xcomp=send|deliver|provide(obj=aid|assistance(amod=humanitarian|emergency) to@target)
0333  v:offer  xcomp=send|deliver|provide(obj=aid|assistance(amod=humanitarian|emergency) to@target)
0333  v:agree  xcomp=send|deliver|provide(obj=aid|assistance(amod=humanitarian|emergency) to@target)
0333  v:pledge  obj=food|medicine|relief|shelter|supply|supplies|vaccine  to@target
0333  v:promise  obj=food|medicine|relief|shelter|supply|supplies|vaccine  to@target
0333  v:offer  obj=food|medicine|relief|shelter|supply|supplies|vaccine  to@target
0333  v:offer  iobj@target  obj=food|medicine|relief|shelter|supply|supplies|vaccine
0333  n:pledge  of=food|medicine|relief|shelter|supply|supplies|vaccine
0333  v:pledge  obj=aid|assistance|help|support(amod=humanitarian|emergency)  to@target
0333  v:pledge  obj=aid(compound=disaster|emergency|food)  to@target

## 0334 Express intent to provide military protection or peacekeeping
0334  v:promise  xcomp=protect|defend(obj=civilian|population|people|border)
0334  v:pledge  xcomp=protect|defend(obj=civilian|population|people|border)
0334  v:vow  xcomp=protect|defend(obj=civilian|population|people|border)
0334  v:offer  xcomp=protect|defend(obj=civilian|population|people|border)
0334  v:agree  xcomp=protect|defend(obj=civilian|population|people|border)
0334  v:pledge  xcomp=deploy|send(obj=peacekeeper|mission)
0334  v:agree  xcomp=deploy|send(obj=peacekeeper|mission)
0334  v:pledge  xcomp=intervene
0334  v:agree  xcomp=intervene
0334  v:pledge  xcomp=deploy|send(obj=peacekeeper|troop|troops|force to@target)
0334  v:offer  xcomp=deploy|send(obj=peacekeeper|troop|troops|force to@target)
0334  v:agree  xcomp=deploy|send(obj=peacekeeper|troop|troops|force to@target)
0334  v:pledge  xcomp=protect|defend(obj@target)
0334  v:offer  xcomp=protect|defend(obj@target)
0334  v:agree  xcomp=protect|defend(obj@target)
0334  v:pledge  obj=peacekeeper|peacekeeping|protection  to@target
0334  v:promise  obj=peacekeeper|peacekeeping|protection  to@target
0334  v:offer  obj=peacekeeper|peacekeeping|protection  to@target
0334  v:offer  iobj@target  obj=peacekeeper|peacekeeping|protection
0334  n:pledge  of=peacekeeper|peacekeeping|protection
0334  v:pledge  obj=force|mission|troop|troops(amod=peacekeeping|international|multinational)  to@target
0334  v:pledge  obj=force|mission(compound=peacekeeping|protection|stabilization)  to@target

## 034 Express intent to institute political reform, not specified below
034  v:promise  xcomp=reform
034  v:pledge  xcomp=reform
034  v:vow  xcomp=reform
034  v:offer  xcomp=reform
034  v:agree  xcomp=reform
034  v:pledge  xcomp=implement|introduce|carry(obj=reform)
034  v:agree  xcomp=implement|introduce|carry(obj=reform)
034  v:pledge  xcomp=democratize|democratise
034  v:agree  xcomp=democratize|democratise
034  v:pledge  obj=reform  to@target
034  v:promise  obj=reform  to@target
034  v:offer  obj=reform  to@target
034  v:offer  iobj@target  obj=reform
034  n:pledge  of=reform
034  v:pledge  obj=change(amod=political|democratic)  to@target
034  v:pledge  obj=democratization|democratisation|liberalization  to@target

## 0341 Express intent to change leadership
0341  v:promise  xcomp=resign|quit|abdicate
0341  v:pledge  xcomp=resign|quit|abdicate
0341  v:vow  xcomp=resign|quit|abdicate
0341  v:offer  xcomp=resign|quit|abdicate
0341  v:agree  xcomp=resign|quit|abdicate
0341  v:pledge  xcomp=step(compound=down|aside)
0341  v:agree  xcomp=step(compound=down|aside)
0341  v:pledge  xcomp=hold|call(obj=election(amod=early|new|snap|fresh))
0341  v:agree  xcomp=hold|call(obj=election(amod=early|new|snap|fresh))
0341  v:pledge  xcomp=leave|relinquish(obj=office|power)
0341  v:agree  xcomp=leave|relinquish(obj=office|power)
0341  v:pledge  obj=resignation|ouster|removal|departure|abdication  to@target
0341  v:promise  obj=resignation|ouster|removal|departure|abdication  to@target
0341  v:offer  obj=resignation|ouster|removal|departure|abdication  to@target
0341  v:offer  iobj@target  obj=resignation|ouster|removal|departure|abdication
0341  n:pledge  of=resignation|ouster|removal|departure|abdication
0341  v:pledge  obj=election(amod=early|snap|new|fresh)  to@target
0341  v:pledge  obj=change(compound=leadership|government)  to@target

## 0342 Express intent to change policy
0342  v:promise  xcomp=change|reverse|rethink|reconsider|revise|abandon|drop|scrap(obj=policy|course|plan|decision|law|stance|position|program|programme)
0342  v:pledge  xcomp=change|reverse|rethink|reconsider|revise|abandon|drop|scrap(obj=policy|course|plan|decision|law|stance|position|program|programme)
0342  v:vow  xcomp=change|reverse|rethink|reconsider|revise|abandon|drop|scrap(obj=policy|course|plan|decision|law|stance|position|program|programme)
0342  v:offer  xcomp=change|reverse|rethink|reconsider|revise|abandon|drop|scrap(obj=policy|course|plan|decision|law|stance|position|program|programme)
0342  v:agree  xcomp=change|reverse|rethink|reconsider|revise|abandon|drop|scrap(obj=policy|course|plan|decision|law|stance|position|program|programme)
0342  v:pledge  obj=change|shift|reversal|rethink(compound=policy)  to@target
0342  v:promise  obj=change|shift|reversal|rethink(compound=policy)  to@target
0342  v:offer  obj=change|shift|reversal|rethink(compound=policy)  to@target
0342  v:offer  iobj@target  obj=change|shift|reversal|rethink(compound=policy)
0342  n:pledge  of=change|shift|reversal|rethink(compound=policy)
0342  v:pledge  obj=change(in=policy|course|approach)  to@target
0342  v:pledge  obj=reversal|reconsideration|repeal(of=policy|decision|plan|law)  to@target

## 0343 Express intent to provide rights
0343  v:promise  xcomp=respect|protect|guarantee|uphold|restore(obj=right|freedom|liberty)
0343  v:pledge  xcomp=respect|protect|guarantee|uphold|restore(obj=right|freedom|liberty)
0343  v:vow  xcomp=respect|protect|guarantee|uphold|restore(obj=right|freedom|liberty)
0343  v:offer  xcomp=respect|protect|guarantee|uphold|restore(obj=right|freedom|liberty)
0343  v:agree  xcomp=respect|protect|guarantee|uphold|restore(obj=right|freedom|liberty)
0343  v:pledge  xcomp=allow|permit(obj=protest|demonstration|dissent|opposition)
0343  v:agree  xcomp=allow|permit(obj=protest|demonstration|dissent|opposition)
0343  v:pledge  obj=right|freedom|liberty  to@target
0343  v:promise  obj=right|freedom|liberty  to@target
0343  v:offer  obj=right|freedom|liberty  to@target
0343  v:offer  iobj@target  obj=right|freedom|liberty
0343  n:pledge  of=right|freedom|liberty
0343  v:pledge  obj=protection(of=right|freedom|minority)  to@target
0343  v:pledge  obj=respect(for=right|freedom)  to@target

## 0344 Express intent to change institutions, regime
0344  v:promise  xcomp=change|amend|rewrite|reform(obj=constitution|system|institution)
0344  v:pledge  xcomp=change|amend|rewrite|reform(obj=constitution|system|institution)
0344  v:vow  xcomp=change|amend|rewrite|reform(obj=constitution|system|institution)
0344  v:offer  xcomp=change|amend|rewrite|reform(obj=constitution|system|institution)
0344  v:agree  xcomp=change|amend|rewrite|reform(obj=constitution|system|institution)
0344  v:pledge  xcomp=hold(obj=referendum)
0344  v:agree  xcomp=hold(obj=referendum)
0344  v:pledge  obj=change(compound=regime)  to@target
0344  v:promise  obj=change(compound=regime)  to@target
0344  v:offer  obj=change(compound=regime)  to@target
0344  v:offer  iobj@target  obj=change(compound=regime)
0344  n:pledge  of=change(compound=regime)
0344  v:pledge  obj=reform(amod=constitutional|electoral|institutional|judicial)  to@target
0344  v:pledge  obj=constitution(amod=new)  to@target
0344  v:pledge  obj=referendum  to@target

## 035 Express intent to yield, not specified below
035  v:promise  xcomp=yield|compromise|concede
035  v:pledge  xcomp=yield|compromise|concede
035  v:vow  xcomp=yield|compromise|concede
035  v:offer  xcomp=yield|compromise|concede
035  v:agree  xcomp=yield|compromise|concede
035  v:pledge  xcomp=make(obj=concession|compromise)
035  v:agree  xcomp=make(obj=concession|compromise)
035  v:pledge  xcomp=back(compound=down)
035  v:agree  xcomp=back(compound=down)
035  v:pledge  xcomp=yield(to@target)
035  v:offer  xcomp=yield(to@target)
035  v:agree  xcomp=yield(to@target)
035  v:pledge  xcomp=make(obj=concession|compromise to@target)
035  v:offer  xcomp=make(obj=concession|compromise to@target)
035  v:agree  xcomp=make(obj=concession|compromise to@target)
035  v:pledge  obj=concession|compromise  to@target
035  v:promise  obj=concession|compromise  to@target
035  v:offer  obj=concession|compromise  to@target
035  v:offer  iobj@target  obj=concession|compromise
035  n:pledge  of=concession|compromise

## 0351 Express intent to ease administrative sanctions
0351  v:promise  xcomp=lift|end|ease|relax|rescind|revoke(obj=ban|restriction|curfew|emergency|decree|rule|order)
0351  v:pledge  xcomp=lift|end|ease|relax|rescind|revoke(obj=ban|restriction|curfew|emergency|decree|rule|order)
0351  v:vow  xcomp=lift|end|ease|relax|rescind|revoke(obj=ban|restriction|curfew|emergency|decree|rule|order)
0351  v:offer  xcomp=lift|end|ease|relax|rescind|revoke(obj=ban|restriction|curfew|emergency|decree|rule|order)
0351  v:agree  xcomp=lift|end|ease|relax|rescind|revoke(obj=ban|restriction|curfew|emergency|decree|rule|order)
0351  v:pledge  obj=lifting|easing|end|removal(of=ban|restriction|curfew|emergency|decree)  to@target
0351  v:promise  obj=lifting|easing|end|removal(of=ban|restriction|curfew|emergency|decree)  to@target
0351  v:offer  obj=lifting|easing|end|removal(of=ban|restriction|curfew|emergency|decree)  to@target
0351  v:offer  iobj@target  obj=lifting|easing|end|removal(of=ban|restriction|curfew|emergency|decree)
0351  n:pledge  of=lifting|easing|end|removal(of=ban|restriction|curfew|emergency|decree)

## 0352 Express intent to ease popular dissent
0352  v:promise  xcomp=end|stop|halt|suspend|abandon(obj=protest|strike|demonstration|boycott|rally|sit-in|blockade)
0352  v:pledge  xcomp=end|stop|halt|suspend|abandon(obj=protest|strike|demonstration|boycott|rally|sit-in|blockade)
0352  v:vow  xcomp=end|stop|halt|suspend|abandon(obj=protest|strike|demonstration|boycott|rally|sit-in|blockade)
0352  v:offer  xcomp=end|stop|halt|suspend|abandon(obj=protest|strike|demonstration|boycott|rally|sit-in|blockade)
0352  v:agree  xcomp=end|stop|halt|suspend|abandon(obj=protest|strike|demonstration|boycott|rally|sit-in|blockade)
0352  v:pledge  xcomp=call(compound=off obj=protest|strike|demonstration|boycott)
0352  v:agree  xcomp=call(compound=off obj=protest|strike|demonstration|boycott)
0352  v:pledge  xcomp=remain|stay(xcomp=calm|peaceful)
0352  v:agree  xcomp=remain|stay(xcomp=calm|peaceful)
0352  v:pledge  obj=calm|restraint  to@target
0352  v:promise  obj=calm|restraint  to@target
0352  v:offer  obj=calm|restraint  to@target
0352  v:offer  iobj@target  obj=calm|restraint
0352  n:pledge  of=calm|restraint
0352  v:pledge  obj=end(of=protest|strike|demonstration|boycott|unrest)  to@target

## 0353 Express intent to release persons or property
0353  v:promise  xcomp=release|free
0353  v:pledge  xcomp=release|free
0353  v:vow  xcomp=release|free
0353  v:offer  xcomp=release|free
0353  v:agree  xcomp=release|free
0353  v:pledge  xcomp=return(obj=property|asset|land|body|remains)
0353  v:agree  xcomp=return(obj=property|asset|land|body|remains)
0353  v:pledge  xcomp=release|free(obj@target)
0353  v:offer  xcomp=release|free(obj@target)
0353  v:agree  xcomp=release|free(obj@target)
0353  v:pledge  obj=release(of=prisoner|hostage|detainee|captive|journalist|activist|dissident)  to@target
0353  v:promise  obj=release(of=prisoner|hostage|detainee|captive|journalist|activist|dissident)  to@target
0353  v:offer  obj=release(of=prisoner|hostage|detainee|captive|journalist|activist|dissident)  to@target
0353  v:offer  iobj@target  obj=release(of=prisoner|hostage|detainee|captive|journalist|activist|dissident)
0353  n:pledge  of=release(of=prisoner|hostage|detainee|captive|journalist|activist|dissident)
0353  v:pledge  obj=release  to@target
0353  v:pledge  obj=freedom(of=prisoner|hostage|detainee)  to@target

## 0354 Express intent to ease economic sanctions, boycott, or embargo
0354  v:promise  xcomp=lift|ease|end|remove|relax|suspend(obj=sanction|embargo|boycott|tariff)
0354  v:pledge  xcomp=lift|ease|end|remove|relax|suspend(obj=sanction|embargo|boycott|tariff)
0354  v:vow  xcomp=lift|ease|end|remove|relax|suspend(obj=sanction|embargo|boycott|tariff)
0354  v:offer  xcomp=lift|ease|end|remove|relax|suspend(obj=sanction|embargo|boycott|tariff)
0354  v:agree  xcomp=lift|ease|end|remove|relax|suspend(obj=sanction|embargo|boycott|tariff)
0354  v:pledge  xcomp=lift|ease|end|remove(obj=sanction|embargo on@target)
0354  v:offer  xcomp=lift|ease|end|remove(obj=sanction|embargo on@target)
0354  v:agree  xcomp=lift|ease|end|remove(obj=sanction|embargo on@target)
0354  v:pledge  obj=lifting|easing|removal|end|suspension(of=sanction|embargo|boycott|tariff)  to@target
0354  v:promise  obj=lifting|easing|removal|end|suspension(of=sanction|embargo|boycott|tariff)  to@target
0354  v:offer  obj=lifting|easing|removal|end|suspension(of=sanction|embargo|boycott|tariff)  to@target
0354  v:offer  iobj@target  obj=lifting|easing|removal|end|suspension(of=sanction|embargo|boycott|tariff)
0354  n:pledge  of=lifting|easing|removal|end|suspension(of=sanction|embargo|boycott|tariff)
0354  v:pledge  obj=relief(compound=sanction)  to@target

## 0355 Express intent allow international involvement (not mediation)
0355  v:promise  xcomp=allow|permit|grant(obj=access)
0355  v:pledge  xcomp=allow|permit|grant(obj=access)
0355  v:vow  xcomp=allow|permit|grant(obj=access)
0355  v:offer  xcomp=allow|permit|grant(obj=access)
0355  v:agree  xcomp=allow|permit|grant(obj=access)
0355  v:pledge  xcomp=allow|admit|accept|permit|let(obj=inspector|monitor|observer|investigator|mission|expert)
0355  v:agree  xcomp=allow|admit|accept|permit|let(obj=inspector|monitor|observer|investigator|mission|expert)
0355  v:pledge  xcomp=cooperate(with=inspector|monitor|mission|investigator)
0355  v:agree  xcomp=cooperate(with=inspector|monitor|mission|investigator)
0355  v:pledge  xcomp=allow|grant(obj=access to@target)
0355  v:offer  xcomp=allow|grant(obj=access to@target)
0355  v:agree  xcomp=allow|grant(obj=access to@target)
0355  v:pledge  obj=access(amod=unfettered|unhindered|full|unrestricted)  to@target
0355  v:promise  obj=access(amod=unfettered|unhindered|full|unrestricted)  to@target
0355  v:offer  obj=access(amod=unfettered|unhindered|full|unrestricted)  to@target
0355  v:offer  iobj@target  obj=access(amod=unfettered|unhindered|full|unrestricted)
0355  n:pledge  of=access(amod=unfettered|unhindered|full|unrestricted)
0355  v:pledge  obj=entry(of=inspector|monitor|observer|investigator)  to@target

## 0356 Express intent to de-escalate military engagement
0356  v:promise  xcomp=withdraw|pull(obj=troop|troops|force|soldier|army)
0356  v:pledge  xcomp=withdraw|pull(obj=troop|troops|force|soldier|army)
0356  v:vow  xcomp=withdraw|pull(obj=troop|troops|force|soldier|army)
0356  v:offer  xcomp=withdraw|pull(obj=troop|troops|force|soldier|army)
0356  v:agree  xcomp=withdraw|pull(obj=troop|troops|force|soldier|army)
0356  v:pledge  xcomp=de-escalate
0356  v:agree  xcomp=de-escalate
0356  v:pledge  xcomp=end|stop|halt|cease(obj=fighting|hostility|attack|offensive|bombing|shelling|violence|war|operation)
0356  v:agree  xcomp=end|stop|halt|cease(obj=fighting|hostility|attack|offensive|bombing|shelling|violence|war|operation)
0356  v:pledge  xcomp=observe|respect|declare|accept(obj=ceasefire|truce|cease-fire)
0356  v:agree  xcomp=observe|respect|declare|accept(obj=ceasefire|truce|cease-fire)
0356  v:pledge  xcomp=exercise|show(obj=restraint)
0356  v:agree  xcomp=exercise|show(obj=restraint)
0356  v:pledge  xcomp=withdraw|pull(obj=troop|troops|force|soldier from@target)
0356  v:offer  xcomp=withdraw|pull(obj=troop|troops|force|soldier from@target)
0356  v:agree  xcomp=withdraw|pull(obj=troop|troops|force|soldier from@target)
0356  v:pledge  xcomp=end|stop|halt(obj=attack|offensive|bombing|shelling|strike against|on@target)
0356  v:offer  xcomp=end|stop|halt(obj=attack|offensive|bombing|shelling|strike against|on@target)
0356  v:agree  xcomp=end|stop|halt(obj=attack|offensive|bombing|shelling|strike against|on@target)
0356  v:pledge  obj=ceasefire|truce|cease-fire|armistice  to@target
0356  v:promise  obj=ceasefire|truce|cease-fire|armistice  to@target
0356  v:offer  obj=ceasefire|truce|cease-fire|armistice  to@target
0356  v:offer  iobj@target  obj=ceasefire|truce|cease-fire|armistice
0356  n:pledge  of=ceasefire|truce|cease-fire|armistice
0356  v:pledge  obj=de-escalation|restraint|withdrawal  to@target
0356  v:pledge  obj=end(of=fighting|hostility|violence|war|attack|offensive|bombing)  to@target

## 036 Express intent to meet or negotiate
036  v:promise  xcomp=negotiate|talk|meet
036  v:pledge  xcomp=negotiate|talk|meet
036  v:vow  xcomp=negotiate|talk|meet
036  v:offer  xcomp=negotiate|talk|meet
036  v:agree  xcomp=negotiate|talk|meet
036  v:pledge  xcomp=return|go|come|get(to=table|talk|negotiation|dialogue)
036  v:agree  xcomp=return|go|come|get(to=table|talk|negotiation|dialogue)
036  v:pledge  xcomp=resume|restart|reopen|hold|open|start|begin|enter(obj=talk|negotiation|dialogue|discussion)
036  v:agree  xcomp=resume|restart|reopen|hold|open|start|begin|enter(obj=talk|negotiation|dialogue|discussion)
036  v:pledge  xcomp=sit(compound=down)
036  v:agree  xcomp=sit(compound=down)
036  v:pledge  xcomp=engage(in=dialogue|talk|negotiation)
036  v:agree  xcomp=engage(in=dialogue|talk|negotiation)
036  v:pledge  xcomp=negotiate|talk|meet(with@target)
036  v:offer  xcomp=negotiate|talk|meet(with@target)
036  v:agree  xcomp=negotiate|talk|meet(with@target)
036  v:pledge  xcomp=hold|open|start|begin|resume(obj=talk|negotiation|dialogue with@target)
036  v:offer  xcomp=hold|open|start|begin|resume(obj=talk|negotiation|dialogue with@target)
036  v:agree  xcomp=hold|open|start|begin|resume(obj=talk|negotiation|dialogue with@target)
036  v:pledge  xcomp=return|go|get(to=table|talk|negotiation with@target)
036  v:offer  xcomp=return|go|get(to=table|talk|negotiation with@target)
036  v:agree  xcomp=return|go|get(to=table|talk|negotiation with@target)
036  v:pledge  obj=talk|negotiation|dialogue|meeting|summit|discussion  to@target
036  v:promise  obj=talk|negotiation|dialogue|meeting|summit|discussion  to@target
036  v:offer  obj=talk|negotiation|dialogue|meeting|summit|discussion  to@target
036  v:offer  iobj@target  obj=talk|negotiation|dialogue|meeting|summit|discussion
036  n:pledge  of=talk|negotiation|dialogue|meeting|summit|discussion
036  v:pledge  obj=resumption(of=talk|negotiation|dialogue)  to@target
036  v:pledge  obj=return(to=talk|negotiation|table|dialogue)  to@target

## 037 Express intent to settle dispute
037  v:promise  xcomp=settle|resolve|end(obj=dispute|conflict|difference|crisis|row|standoff|feud)
037  v:pledge  xcomp=settle|resolve|end(obj=dispute|conflict|difference|crisis|row|standoff|feud)
037  v:vow  xcomp=settle|resolve|end(obj=dispute|conflict|difference|crisis|row|standoff|feud)
037  v:offer  xcomp=settle|resolve|end(obj=dispute|conflict|difference|crisis|row|standoff|feud)
037  v:agree  xcomp=settle|resolve|end(obj=dispute|conflict|difference|crisis|row|standoff|feud)
037  v:pledge  xcomp=find|reach|seek(obj=solution|settlement|compromise|resolution(amod=peaceful|political|diplomatic|negotiated))
037  v:agree  xcomp=find|reach|seek(obj=solution|settlement|compromise|resolution(amod=peaceful|political|diplomatic|negotiated))
037  v:pledge  xcomp=make(obj=peace)
037  v:agree  xcomp=make(obj=peace)
037  v:pledge  xcomp=settle|resolve(obj=dispute|difference|conflict with@target)
037  v:offer  xcomp=settle|resolve(obj=dispute|difference|conflict with@target)
037  v:agree  xcomp=settle|resolve(obj=dispute|difference|conflict with@target)
037  v:pledge  xcomp=make(obj=peace with@target)
037  v:offer  xcomp=make(obj=peace with@target)
037  v:agree  xcomp=make(obj=peace with@target)
037  v:pledge  obj=settlement|resolution|solution(amod=peaceful|political|diplomatic|negotiated)  to@target
037  v:promise  obj=settlement|resolution|solution(amod=peaceful|political|diplomatic|negotiated)  to@target
037  v:offer  obj=settlement|resolution|solution(amod=peaceful|political|diplomatic|negotiated)  to@target
037  v:offer  iobj@target  obj=settlement|resolution|solution(amod=peaceful|political|diplomatic|negotiated)
037  n:pledge  of=settlement|resolution|solution(amod=peaceful|political|diplomatic|negotiated)
037  v:pledge  obj=settlement(of=dispute|conflict)  to@target
037  v:pledge  obj=peace  to@target

## 038 Express intent to accept mediation
038  v:promise  xcomp=accept|allow(obj=mediation|mediator)
038  v:pledge  xcomp=accept|allow(obj=mediation|mediator)
038  v:vow  xcomp=accept|allow(obj=mediation|mediator)
038  v:offer  xcomp=accept|allow(obj=mediation|mediator)
038  v:agree  xcomp=accept|allow(obj=mediation|mediator)
038  v:pledge  xcomp=accept(obj=mediation|mediator|offer(poss@target))
038  v:offer  xcomp=accept(obj=mediation|mediator|offer(poss@target))
038  v:agree  xcomp=accept(obj=mediation|mediator|offer(poss@target))
038  v:pledge  obj=mediation|mediator|arbitration  to@target
038  v:promise  obj=mediation|mediator|arbitration  to@target
038  v:offer  obj=mediation|mediator|arbitration  to@target
038  v:offer  iobj@target  obj=mediation|mediator|arbitration
038  n:pledge  of=mediation|mediator|arbitration

## 039 Express intent to mediate
039  v:offer  xcomp=mediate|arbitrate
039  v:volunteer  xcomp=mediate|arbitrate
039  v:propose  xcomp=mediate|arbitrate
039  v:agree  xcomp=mediate|arbitrate
039  v:pledge  xcomp=mediate|arbitrate
039  v:promise  xcomp=mediate|arbitrate
039  v:offer  xcomp=mediate(between@pair)
039  v:offer  xcomp=mediate(in=dispute|conflict|crisis|talk)
039  v:offer  xcomp=broker|facilitate(obj=talk|deal|agreement|truce|ceasefire|dialogue|peace)
039  v:offer  xcomp=host(obj=talk|negotiation|summit|meeting|dialogue)
039  v:offer  xcomp=host(obj=talk|negotiation|summit|meeting|dialogue(between@pair))
039  v:offer  xcomp=act|serve(as=mediator|intermediary|go-between|broker|facilitator|guarantor)
039  v:offer  obj=mediation|arbitration
039  v:offer  obj=office(amod=good)
039  v:offer  obj=service|help(as=mediator|intermediary)
039  v:offer  obj=mediation  to@target
039  v:offer  iobj@target  obj=mediation|office(amod=good)
039  v:express  obj=willingness|readiness|desire(acl=mediate|arbitrate)
039  v:signal  obj=willingness|readiness|desire(acl=mediate|arbitrate)
039  v:voice  obj=willingness|readiness|desire(acl=mediate|arbitrate)
039  v:express  obj=willingness|readiness(acl=help(xcomp=mediate|broker))
039  v:stand  xcomp=ready(xcomp=mediate|facilitate|help)
039  n:offer  acl=mediate
039  n:offer  of=mediation
039  n:offer  poss@source  acl=mediate
039  v:position  obj=itself|himself|herself  as=mediator|broker|peacemaker
039  v:seek  obj=role(as=mediator)
039  v:seek  xcomp=mediate

## Added from the PLOVER development half (odd ids) and Wikinews verbs with no pattern (2026-11-29)
036  v:agree  to=meeting|meet|talk|summit|negotiation|dialogue|visit
036  v:agree  to=meeting|meet|talk|summit|negotiation|dialogue  with@target
038  v:agree  to=mediation|arbitration
038  v:agree  to=mediation|arbitration(compound@target)
038  v:agree  to=mediation|arbitration(poss@target)
038  v:accept  obj=mediation|arbitration|mediator
038  v:accept  obj=mediation|arbitration(compound@target)
038  v:accept  obj=mediation|arbitration(poss@target)
030  v:agree  to=extension|renewal|proposal|plan|idea|package|compromise|formula|framework|arrangement|roadmap
033  v:offer  obj=assistance|aid|help|support(amod=military)
030  v:accept  obj=proposal|plan|offer|formula|compromise|package|framework|roadmap|initiative
030  v:accept  obj=proposal|plan|offer|formula|compromise|package|framework|roadmap|initiative(poss@target)
036  v:accept  obj=invitation(poss@target)
036  v:accept  obj=invitation  from@target
1323  v:threaten  xcomp=institute|enforce|order(obj=curfew)
