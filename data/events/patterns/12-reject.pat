# dyad event dictionary: CAMEO root 12 (REJECT)
# Format: data/events/FORMAT.md. One pattern per line: CODE  TRIGGER  ARGUMENTS...
@format 1
@version 0.1.0

## 120 Reject, not specified below
120  v:reject  obj=offer|proposal|request|demand|appeal|call|plan|idea|suggestion|overture|initiative|invitation|bid|ultimatum(poss@target)
120  v:rebuff  obj=offer|proposal|request|demand|appeal|call|plan|idea|suggestion|overture|initiative|invitation|bid|ultimatum(poss@target)
120  v:spurn  obj=offer|proposal|request|demand|appeal|call|plan|idea|suggestion|overture|initiative|invitation|bid|ultimatum(poss@target)
120  v:reject  obj=offer|proposal|request|demand|appeal|call|plan|idea|suggestion|overture|initiative|invitation|bid|ultimatum
120  v:rebuff  obj=offer|proposal|request|demand|appeal|call|plan|idea|suggestion|overture|initiative|invitation|bid|ultimatum
120  v:spurn  obj=offer|proposal|request|demand|appeal|call|plan|idea|suggestion|overture|initiative|invitation|bid|ultimatum
120  v:dismiss  obj=offer|proposal|request|demand|appeal|call|plan|idea|suggestion|overture|initiative|invitation|bid|ultimatum
120  v:reject  obj@target
120  v:rebuff  obj@target
120  v:spurn  obj@target
120  v:turn+down  obj=offer|proposal|request|invitation|bid|plan
120  v:turn+down  obj@target
120  v:refuse  obj=offer|proposal|request|invitation|demand
120  v:decline  obj=offer|proposal|request|invitation
120  v:say  obj=no  to@target
120  v:rule+out  obj=proposal|idea|option|offer|possibility
120  n:rejection  of@target
120  n:rejection  poss@source  of@target
120  v:refuse  xcomp
120  v:oppose  obj=proposal|plan|bid|request|demand(poss@target)
120  v:vote  against=proposal|plan|resolution|bill|motion|measure

## 121 Reject material cooperation
121  v:reject  obj=cooperation(amod=material|practical)
121  v:rebuff  obj=cooperation(amod=material|practical)
121  v:spurn  obj=cooperation(amod=material|practical)
121  v:turn+down  obj=cooperation(amod=material|practical)
121  v:reject  obj=offer(of=cooperation|help|partnership)
121  v:rebuff  obj=offer(of=cooperation|help|partnership)
121  v:spurn  obj=offer(of=cooperation|help|partnership)
121  v:turn+down  obj=offer(of=cooperation|help|partnership)
121  v:refuse  xcomp=cooperate
121  v:decline  xcomp=cooperate
121  v:refuse  xcomp=work(with@target)
121  v:decline  xcomp=work(with@target)
121  v:reject  obj=call|demand|request|appeal|plea(for=cooperation)
121  v:rebuff  obj=call|demand|request|appeal|plea(for=cooperation)
121  v:dismiss  obj=call|demand|request|appeal|plea(for=cooperation)
121  v:ignore  obj=call|demand|request|appeal|plea(for=cooperation)
121  v:reject  obj=call|demand|request|appeal|plea(for=cooperation poss@target)
121  v:turn+down  obj=request|appeal|plea(for=cooperation)

## 1211 Reject economic cooperation
1211  v:reject  obj=deal|agreement|pact(compound=trade|investment)
1211  v:rebuff  obj=deal|agreement|pact(compound=trade|investment)
1211  v:spurn  obj=deal|agreement|pact(compound=trade|investment)
1211  v:turn+down  obj=deal|agreement|pact(compound=trade|investment)
1211  v:reject  obj=investment|trade
1211  v:rebuff  obj=investment|trade
1211  v:spurn  obj=investment|trade
1211  v:turn+down  obj=investment|trade
1211  v:refuse  xcomp=trade(with@target)
1211  v:decline  xcomp=trade(with@target)
1211  v:refuse  xcomp=invest(in@target)
1211  v:decline  xcomp=invest(in@target)
1211  v:refuse  xcomp=buy|import(obj=oil|gas|good|goods|product)
1211  v:decline  xcomp=buy|import(obj=oil|gas|good|goods|product)
1211  v:reject  obj=call|demand|request|appeal|plea(for=trade|investment)
1211  v:rebuff  obj=call|demand|request|appeal|plea(for=trade|investment)
1211  v:dismiss  obj=call|demand|request|appeal|plea(for=trade|investment)
1211  v:ignore  obj=call|demand|request|appeal|plea(for=trade|investment)
1211  v:reject  obj=call|demand|request|appeal|plea(for=trade|investment poss@target)
1211  v:turn+down  obj=request|appeal|plea(for=trade|investment)
1211  v:block  obj=deal|takeover|merger|acquisition|investment  by@target
1211  v:cancel  obj=deal|contract(compound=trade|investment|gas|oil)

## 1212 Reject military cooperation
1212  v:reject  obj=alliance|pact(compound=defense|defence|security)
1212  v:rebuff  obj=alliance|pact(compound=defense|defence|security)
1212  v:spurn  obj=alliance|pact(compound=defense|defence|security)
1212  v:turn+down  obj=alliance|pact(compound=defense|defence|security)
1212  v:reject  obj=cooperation(amod=military)
1212  v:rebuff  obj=cooperation(amod=military)
1212  v:spurn  obj=cooperation(amod=military)
1212  v:turn+down  obj=cooperation(amod=military)
1212  v:reject  obj=base
1212  v:rebuff  obj=base
1212  v:spurn  obj=base
1212  v:turn+down  obj=base
1212  v:refuse  xcomp=join(obj=alliance|coalition|operation)
1212  v:decline  xcomp=join(obj=alliance|coalition|operation)
1212  v:refuse  xcomp=host(obj=troop|troops|base|missile)
1212  v:decline  xcomp=host(obj=troop|troops|base|missile)
1212  v:refuse  xcomp=take(obj=part in=operation|exercise|offensive)
1212  v:decline  xcomp=take(obj=part in=operation|exercise|offensive)
1212  v:reject  obj=call|demand|request|appeal|plea(for=troop|troops|base|cooperation(amod=military))
1212  v:rebuff  obj=call|demand|request|appeal|plea(for=troop|troops|base|cooperation(amod=military))
1212  v:dismiss  obj=call|demand|request|appeal|plea(for=troop|troops|base|cooperation(amod=military))
1212  v:ignore  obj=call|demand|request|appeal|plea(for=troop|troops|base|cooperation(amod=military))
1212  v:reject  obj=call|demand|request|appeal|plea(for=troop|troops|base|cooperation(amod=military) poss@target)
1212  v:turn+down  obj=request|appeal|plea(for=troop|troops|base|cooperation(amod=military))
1212  v:deny  obj=access|use(to|of=base|airspace|port)  to@target
1212  v:close  obj=airspace  to@target

## 122 Reject request or demand for material aid, not specified below
122  v:reject  obj=aid|assistance|help
122  v:rebuff  obj=aid|assistance|help
122  v:spurn  obj=aid|assistance|help
122  v:turn+down  obj=aid|assistance|help
122  v:refuse  xcomp=help|assist|aid(obj@target)
122  v:decline  xcomp=help|assist|aid(obj@target)
122  v:refuse  xcomp=provide|send|give(obj=aid|assistance|help)
122  v:decline  xcomp=provide|send|give(obj=aid|assistance|help)
122  v:reject  obj=call|demand|request|appeal|plea(for=aid|assistance|help)
122  v:rebuff  obj=call|demand|request|appeal|plea(for=aid|assistance|help)
122  v:dismiss  obj=call|demand|request|appeal|plea(for=aid|assistance|help)
122  v:ignore  obj=call|demand|request|appeal|plea(for=aid|assistance|help)
122  v:reject  obj=call|demand|request|appeal|plea(for=aid|assistance|help poss@target)
122  v:turn+down  obj=request|appeal|plea(for=aid|assistance|help)

## 1221 Reject request for economic aid
1221  v:reject  obj=loan|bailout|credit|funding
1221  v:rebuff  obj=loan|bailout|credit|funding
1221  v:spurn  obj=loan|bailout|credit|funding
1221  v:turn+down  obj=loan|bailout|credit|funding
1221  v:refuse  xcomp=lend|provide|give(obj=loan|credit|money)
1221  v:decline  xcomp=lend|provide|give(obj=loan|credit|money)
1221  v:refuse  xcomp=bail(compound=out obj@target)
1221  v:decline  xcomp=bail(compound=out obj@target)
1221  v:refuse  xcomp=forgive|cancel(obj=debt)
1221  v:decline  xcomp=forgive|cancel(obj=debt)
1221  v:reject  obj=call|demand|request|appeal|plea(for=loan|bailout|credit|funding|aid(amod=economic|financial))
1221  v:rebuff  obj=call|demand|request|appeal|plea(for=loan|bailout|credit|funding|aid(amod=economic|financial))
1221  v:dismiss  obj=call|demand|request|appeal|plea(for=loan|bailout|credit|funding|aid(amod=economic|financial))
1221  v:ignore  obj=call|demand|request|appeal|plea(for=loan|bailout|credit|funding|aid(amod=economic|financial))
1221  v:reject  obj=call|demand|request|appeal|plea(for=loan|bailout|credit|funding|aid(amod=economic|financial) poss@target)
1221  v:turn+down  obj=request|appeal|plea(for=loan|bailout|credit|funding|aid(amod=economic|financial))

## 1222 Reject request for military aid
1222  v:reject  obj=weapon|arm|tank|jet|missile(amod=requested)
1222  v:rebuff  obj=weapon|arm|tank|jet|missile(amod=requested)
1222  v:spurn  obj=weapon|arm|tank|jet|missile(amod=requested)
1222  v:turn+down  obj=weapon|arm|tank|jet|missile(amod=requested)
1222  v:refuse  xcomp=supply|supplies|send|provide|deliver(obj=weapon|arm|tank|jet|missile|ammunition)
1222  v:decline  xcomp=supply|supplies|send|provide|deliver(obj=weapon|arm|tank|jet|missile|ammunition)
1222  v:refuse  xcomp=arm(obj@target)
1222  v:decline  xcomp=arm(obj@target)
1222  v:reject  obj=call|demand|request|appeal|plea(for=weapon|arm|tank|jet|missile|ammunition|aid(amod=military))
1222  v:rebuff  obj=call|demand|request|appeal|plea(for=weapon|arm|tank|jet|missile|ammunition|aid(amod=military))
1222  v:dismiss  obj=call|demand|request|appeal|plea(for=weapon|arm|tank|jet|missile|ammunition|aid(amod=military))
1222  v:ignore  obj=call|demand|request|appeal|plea(for=weapon|arm|tank|jet|missile|ammunition|aid(amod=military))
1222  v:reject  obj=call|demand|request|appeal|plea(for=weapon|arm|tank|jet|missile|ammunition|aid(amod=military) poss@target)
1222  v:turn+down  obj=request|appeal|plea(for=weapon|arm|tank|jet|missile|ammunition|aid(amod=military))

## 1223 Reject request for humanitarian aid
1223  v:reject  obj=aid|assistance(amod=humanitarian|foreign|international)
1223  v:rebuff  obj=aid|assistance(amod=humanitarian|foreign|international)
1223  v:spurn  obj=aid|assistance(amod=humanitarian|foreign|international)
1223  v:turn+down  obj=aid|assistance(amod=humanitarian|foreign|international)
1223  v:refuse  xcomp=accept|allow(obj=aid|assistance|help(amod=humanitarian|foreign|international))
1223  v:decline  xcomp=accept|allow(obj=aid|assistance|help(amod=humanitarian|foreign|international))
1223  v:reject  obj=call|demand|request|appeal|plea(for=food|medicine|aid(amod=humanitarian))
1223  v:rebuff  obj=call|demand|request|appeal|plea(for=food|medicine|aid(amod=humanitarian))
1223  v:dismiss  obj=call|demand|request|appeal|plea(for=food|medicine|aid(amod=humanitarian))
1223  v:ignore  obj=call|demand|request|appeal|plea(for=food|medicine|aid(amod=humanitarian))
1223  v:reject  obj=call|demand|request|appeal|plea(for=food|medicine|aid(amod=humanitarian) poss@target)
1223  v:turn+down  obj=request|appeal|plea(for=food|medicine|aid(amod=humanitarian))

## 1224 Reject request for military protection or peacekeeping
1224  v:reject  obj=peacekeeper|peacekeeping
1224  v:rebuff  obj=peacekeeper|peacekeeping
1224  v:spurn  obj=peacekeeper|peacekeeping
1224  v:turn+down  obj=peacekeeper|peacekeeping
1224  v:refuse  xcomp=deploy|send(obj=peacekeeper|troop|troops)
1224  v:decline  xcomp=deploy|send(obj=peacekeeper|troop|troops)
1224  v:refuse  xcomp=intervene
1224  v:decline  xcomp=intervene
1224  v:refuse  xcomp=protect|defend(obj@target)
1224  v:decline  xcomp=protect|defend(obj@target)
1224  v:reject  obj=call|demand|request|appeal|plea(for=peacekeeper|protection|intervention|troop|troops)
1224  v:rebuff  obj=call|demand|request|appeal|plea(for=peacekeeper|protection|intervention|troop|troops)
1224  v:dismiss  obj=call|demand|request|appeal|plea(for=peacekeeper|protection|intervention|troop|troops)
1224  v:ignore  obj=call|demand|request|appeal|plea(for=peacekeeper|protection|intervention|troop|troops)
1224  v:reject  obj=call|demand|request|appeal|plea(for=peacekeeper|protection|intervention|troop|troops poss@target)
1224  v:turn+down  obj=request|appeal|plea(for=peacekeeper|protection|intervention|troop|troops)

## 123 Reject request or demand for political reform, not specified below
123  v:reject  obj=reform
123  v:rebuff  obj=reform
123  v:spurn  obj=reform
123  v:turn+down  obj=reform
123  v:refuse  xcomp=reform
123  v:decline  xcomp=reform
123  v:refuse  xcomp=implement|introduce(obj=reform)
123  v:decline  xcomp=implement|introduce(obj=reform)
123  v:reject  obj=call|demand|request|appeal|plea(for=reform|change(amod=political|democratic))
123  v:rebuff  obj=call|demand|request|appeal|plea(for=reform|change(amod=political|democratic))
123  v:dismiss  obj=call|demand|request|appeal|plea(for=reform|change(amod=political|democratic))
123  v:ignore  obj=call|demand|request|appeal|plea(for=reform|change(amod=political|democratic))
123  v:reject  obj=call|demand|request|appeal|plea(for=reform|change(amod=political|democratic) poss@target)
123  v:turn+down  obj=request|appeal|plea(for=reform|change(amod=political|democratic))

## 1231 Reject request for change in leadership
1231  v:reject  obj=call|demand(for=resignation)
1231  v:rebuff  obj=call|demand(for=resignation)
1231  v:spurn  obj=call|demand(for=resignation)
1231  v:turn+down  obj=call|demand(for=resignation)
1231  v:refuse  xcomp=resign|quit
1231  v:decline  xcomp=resign|quit
1231  v:refuse  xcomp=step(compound=down|aside)
1231  v:decline  xcomp=step(compound=down|aside)
1231  v:refuse  xcomp=hold|call(obj=election(amod=early|snap|new))
1231  v:decline  xcomp=hold|call(obj=election(amod=early|snap|new))
1231  v:reject  obj=call|demand|request|appeal|plea(for=resignation|ouster|removal|election(amod=early|snap|new))
1231  v:rebuff  obj=call|demand|request|appeal|plea(for=resignation|ouster|removal|election(amod=early|snap|new))
1231  v:dismiss  obj=call|demand|request|appeal|plea(for=resignation|ouster|removal|election(amod=early|snap|new))
1231  v:ignore  obj=call|demand|request|appeal|plea(for=resignation|ouster|removal|election(amod=early|snap|new))
1231  v:reject  obj=call|demand|request|appeal|plea(for=resignation|ouster|removal|election(amod=early|snap|new) poss@target)
1231  v:turn+down  obj=request|appeal|plea(for=resignation|ouster|removal|election(amod=early|snap|new))
1231  v:rule+out  obj=resignation
1231  v:vow  xcomp=stay|remain(in=power|office)
1231  v:cling  to=power|office
1231  v:survive  obj=vote(compound=no-confidence|confidence)
1231  v:defy  obj=call|demand(for=resignation)

## 1232 Reject request for policy change
1232  v:reject  obj=call|demand(for=change)
1232  v:rebuff  obj=call|demand(for=change)
1232  v:spurn  obj=call|demand(for=change)
1232  v:turn+down  obj=call|demand(for=change)
1232  v:refuse  xcomp=change|reverse|rethink|abandon|drop(obj=policy|course|plan|decision|stance)
1232  v:decline  xcomp=change|reverse|rethink|abandon|drop(obj=policy|course|plan|decision|stance)
1232  v:reject  obj=call|demand|request|appeal|plea(for=change|reversal|shift(compound=policy))
1232  v:rebuff  obj=call|demand|request|appeal|plea(for=change|reversal|shift(compound=policy))
1232  v:dismiss  obj=call|demand|request|appeal|plea(for=change|reversal|shift(compound=policy))
1232  v:ignore  obj=call|demand|request|appeal|plea(for=change|reversal|shift(compound=policy))
1232  v:reject  obj=call|demand|request|appeal|plea(for=change|reversal|shift(compound=policy) poss@target)
1232  v:turn+down  obj=request|appeal|plea(for=change|reversal|shift(compound=policy))
1232  v:stand  by=decision|policy|plan
1232  v:stick  to=decision|policy|plan
1232  v:insist  on=policy|plan|decision

## 1233 Reject request for rights
1233  v:reject  obj=demand(for=right|freedom|autonomy|independence|equality)
1233  v:rebuff  obj=demand(for=right|freedom|autonomy|independence|equality)
1233  v:spurn  obj=demand(for=right|freedom|autonomy|independence|equality)
1233  v:turn+down  obj=demand(for=right|freedom|autonomy|independence|equality)
1233  v:refuse  xcomp=grant|recognize|recognise|respect(obj=right|autonomy|independence|freedom)
1233  v:decline  xcomp=grant|recognize|recognise|respect(obj=right|autonomy|independence|freedom)
1233  v:reject  obj=call|demand|request|appeal|plea(for=right|freedom|autonomy|independence|equality|self-determination)
1233  v:rebuff  obj=call|demand|request|appeal|plea(for=right|freedom|autonomy|independence|equality|self-determination)
1233  v:dismiss  obj=call|demand|request|appeal|plea(for=right|freedom|autonomy|independence|equality|self-determination)
1233  v:ignore  obj=call|demand|request|appeal|plea(for=right|freedom|autonomy|independence|equality|self-determination)
1233  v:reject  obj=call|demand|request|appeal|plea(for=right|freedom|autonomy|independence|equality|self-determination poss@target)
1233  v:turn+down  obj=request|appeal|plea(for=right|freedom|autonomy|independence|equality|self-determination)
1233  v:deny  obj=right|autonomy|citizenship(poss@target)
1233  v:deny  iobj@target  obj=right|autonomy|citizenship

## 1234 Reject request for change in institutions, regime
1234  v:reject  obj=referendum
1234  v:rebuff  obj=referendum
1234  v:spurn  obj=referendum
1234  v:turn+down  obj=referendum
1234  v:reject  obj=reform(amod=constitutional|electoral)
1234  v:rebuff  obj=reform(amod=constitutional|electoral)
1234  v:spurn  obj=reform(amod=constitutional|electoral)
1234  v:turn+down  obj=reform(amod=constitutional|electoral)
1234  v:refuse  xcomp=hold(obj=referendum)
1234  v:decline  xcomp=hold(obj=referendum)
1234  v:refuse  xcomp=amend|change|rewrite(obj=constitution)
1234  v:decline  xcomp=amend|change|rewrite(obj=constitution)
1234  v:reject  obj=call|demand|request|appeal|plea(for=referendum)
1234  v:rebuff  obj=call|demand|request|appeal|plea(for=referendum)
1234  v:dismiss  obj=call|demand|request|appeal|plea(for=referendum)
1234  v:ignore  obj=call|demand|request|appeal|plea(for=referendum)
1234  v:reject  obj=call|demand|request|appeal|plea(for=referendum poss@target)
1234  v:turn+down  obj=request|appeal|plea(for=referendum)
1234  v:reject  obj=call|demand|request|appeal|plea(for=reform(amod=constitutional|electoral))
1234  v:rebuff  obj=call|demand|request|appeal|plea(for=reform(amod=constitutional|electoral))
1234  v:dismiss  obj=call|demand|request|appeal|plea(for=reform(amod=constitutional|electoral))
1234  v:ignore  obj=call|demand|request|appeal|plea(for=reform(amod=constitutional|electoral))
1234  v:reject  obj=call|demand|request|appeal|plea(for=reform(amod=constitutional|electoral) poss@target)
1234  v:turn+down  obj=request|appeal|plea(for=reform(amod=constitutional|electoral))

## 124 Refuse to yield, not specified below
124  v:reject  obj=concession|compromise
124  v:rebuff  obj=concession|compromise
124  v:spurn  obj=concession|compromise
124  v:turn+down  obj=concession|compromise
124  v:refuse  xcomp=yield|budge|compromise|concede|bow
124  v:decline  xcomp=yield|budge|compromise|concede|bow
124  v:refuse  xcomp=back(compound=down)
124  v:decline  xcomp=back(compound=down)
124  v:refuse  xcomp=give(compound=in)
124  v:decline  xcomp=give(compound=in)
124  v:reject  obj=call|demand|request|appeal|plea(for=concession|compromise)
124  v:rebuff  obj=call|demand|request|appeal|plea(for=concession|compromise)
124  v:dismiss  obj=call|demand|request|appeal|plea(for=concession|compromise)
124  v:ignore  obj=call|demand|request|appeal|plea(for=concession|compromise)
124  v:reject  obj=call|demand|request|appeal|plea(for=concession|compromise poss@target)
124  v:turn+down  obj=request|appeal|plea(for=concession|compromise)
124  v:stand  xcomp=firm
124  v:hold  obj=ground|line
124  v:dig+in

## 1241 Refuse to ease administrative sanctions
1241  v:reject  obj=call(for=lifting(of=ban|curfew|restriction|emergency))
1241  v:rebuff  obj=call(for=lifting(of=ban|curfew|restriction|emergency))
1241  v:spurn  obj=call(for=lifting(of=ban|curfew|restriction|emergency))
1241  v:turn+down  obj=call(for=lifting(of=ban|curfew|restriction|emergency))
1241  v:refuse  xcomp=lift|ease|end|relax(obj=ban|curfew|restriction|emergency)
1241  v:decline  xcomp=lift|ease|end|relax(obj=ban|curfew|restriction|emergency)
1241  v:extend  obj=ban|restriction|curfew|emergency|state(of=emergency)
1241  v:maintain  obj=ban|restriction|curfew|emergency
1241  v:keep  obj=ban|restriction|curfew  in=place

## 1242 Refuse to ease popular dissent
1242  v:reject  obj=call(for=end(of=strike|protest))
1242  v:rebuff  obj=call(for=end(of=strike|protest))
1242  v:spurn  obj=call(for=end(of=strike|protest))
1242  v:turn+down  obj=call(for=end(of=strike|protest))
1242  v:refuse  xcomp=end|stop|call(obj=protest|strike|boycott|demonstration|sit-in)
1242  v:decline  xcomp=end|stop|call(obj=protest|strike|boycott|demonstration|sit-in)
1242  v:refuse  xcomp=disperse|leave(obj=street|square)
1242  v:decline  xcomp=disperse|leave(obj=street|square)
1242  v:vow  xcomp=continue(obj=protest|strike|boycott|demonstration)
1242  v:defy  obj=order|call|ban(xcomp=disperse|end|leave)

## 1243 Refuse to release persons or property
1243  v:reject  obj=call|demand|request(for=release)
1243  v:rebuff  obj=call|demand|request(for=release)
1243  v:spurn  obj=call|demand|request(for=release)
1243  v:turn+down  obj=call|demand|request(for=release)
1243  v:refuse  xcomp=release|free(obj@target)
1243  v:decline  xcomp=release|free(obj@target)
1243  v:refuse  xcomp=hand(compound=over obj=hostage|prisoner)
1243  v:decline  xcomp=hand(compound=over obj=hostage|prisoner)
1243  v:refuse  xcomp=return(obj=property|land|asset|body)
1243  v:decline  xcomp=return(obj=property|land|asset|body)
1243  v:reject  obj=call|demand|request|appeal|plea(for=release|freedom)
1243  v:rebuff  obj=call|demand|request|appeal|plea(for=release|freedom)
1243  v:dismiss  obj=call|demand|request|appeal|plea(for=release|freedom)
1243  v:ignore  obj=call|demand|request|appeal|plea(for=release|freedom)
1243  v:reject  obj=call|demand|request|appeal|plea(for=release|freedom poss@target)
1243  v:turn+down  obj=request|appeal|plea(for=release|freedom)
1243  v:continue  xcomp=hold|detain(obj@target)
1243  v:extend  obj=detention(of@target)

## 1244 Refuse to ease economic sanctions, boycott, or embargo
1244  v:reject  obj=call|demand(for=lifting(of=sanction|embargo))
1244  v:rebuff  obj=call|demand(for=lifting(of=sanction|embargo))
1244  v:spurn  obj=call|demand(for=lifting(of=sanction|embargo))
1244  v:turn+down  obj=call|demand(for=lifting(of=sanction|embargo))
1244  v:refuse  xcomp=lift|ease|end|remove(obj=sanction|embargo|boycott|tariff)
1244  v:decline  xcomp=lift|ease|end|remove(obj=sanction|embargo|boycott|tariff)
1244  v:reject  obj=call|demand|request|appeal|plea(for=lifting|easing(of=sanction|embargo))
1244  v:rebuff  obj=call|demand|request|appeal|plea(for=lifting|easing(of=sanction|embargo))
1244  v:dismiss  obj=call|demand|request|appeal|plea(for=lifting|easing(of=sanction|embargo))
1244  v:ignore  obj=call|demand|request|appeal|plea(for=lifting|easing(of=sanction|embargo))
1244  v:reject  obj=call|demand|request|appeal|plea(for=lifting|easing(of=sanction|embargo) poss@target)
1244  v:turn+down  obj=request|appeal|plea(for=lifting|easing(of=sanction|embargo))
1244  v:extend  obj=sanction|embargo  on|against@target
1244  v:maintain  obj=sanction|embargo  on|against@target
1244  v:keep  obj=sanction|embargo  in=place

## 1245 Refuse to allow international involvement (non mediation)
1245  v:reject  obj=monitor|observer|inspector|mission@target
1245  v:rebuff  obj=monitor|observer|inspector|mission@target
1245  v:spurn  obj=monitor|observer|inspector|mission@target
1245  v:turn+down  obj=monitor|observer|inspector|mission@target
1245  v:refuse  xcomp=allow|admit|accept|permit(obj=inspector|monitor|observer|investigator|mission|peacekeeper|rapporteur)
1245  v:decline  xcomp=allow|admit|accept|permit(obj=inspector|monitor|observer|investigator|mission|peacekeeper|rapporteur)
1245  v:refuse  xcomp=cooperate(with=inspector|investigator|mission|court|rapporteur)
1245  v:decline  xcomp=cooperate(with=inspector|investigator|mission|court|rapporteur)
1245  v:reject  obj=call|demand|request|appeal|plea(for=access)
1245  v:rebuff  obj=call|demand|request|appeal|plea(for=access)
1245  v:dismiss  obj=call|demand|request|appeal|plea(for=access)
1245  v:ignore  obj=call|demand|request|appeal|plea(for=access)
1245  v:reject  obj=call|demand|request|appeal|plea(for=access poss@target)
1245  v:turn+down  obj=request|appeal|plea(for=access)
1245  v:deny  obj=access|entry  to=inspector|monitor|observer|investigator|journalist|mission|rapporteur
1245  v:refuse  obj=access|entry  to=inspector|monitor|observer|investigator|journalist|mission|rapporteur
1245  v:bar  obj=access|entry  to=inspector|monitor|observer|investigator|journalist|mission|rapporteur
1245  v:restrict  obj=access|entry  to=inspector|monitor|observer|investigator|journalist|mission|rapporteur
1245  v:block  obj=access|entry  to=inspector|monitor|observer|investigator|journalist|mission|rapporteur
1245  v:bar  obj=inspector|monitor|observer|investigator|rapporteur|mission@target  from=entering|country|site|visit
1245  v:ban  obj=inspector|monitor|observer|investigator|rapporteur|mission@target  from=entering|country|site|visit
1245  v:block  obj=inspector|monitor|observer|investigator|rapporteur|mission@target  from=entering|country|site|visit
1245  v:deny  obj=visa  to=inspector|monitor|observer|investigator|rapporteur
1245  v:deny  iobj=inspector|monitor|observer|investigator|rapporteur  obj=access|visa|entry

## 1246 Refuse to de-escalate military engagement
1246  v:reject  obj=call|demand(for=ceasefire|truce|withdrawal|de-escalation)
1246  v:rebuff  obj=call|demand(for=ceasefire|truce|withdrawal|de-escalation)
1246  v:spurn  obj=call|demand(for=ceasefire|truce|withdrawal|de-escalation)
1246  v:turn+down  obj=call|demand(for=ceasefire|truce|withdrawal|de-escalation)
1246  v:refuse  xcomp=withdraw|pull(obj=troop|troops|force)
1246  v:decline  xcomp=withdraw|pull(obj=troop|troops|force)
1246  v:refuse  xcomp=halt|stop|end|cease(obj=attack|offensive|fighting|operation|bombing|strike)
1246  v:decline  xcomp=halt|stop|end|cease(obj=attack|offensive|fighting|operation|bombing|strike)
1246  v:reject  obj=call|demand|request|appeal|plea(for=ceasefire|truce|withdrawal|de-escalation)
1246  v:rebuff  obj=call|demand|request|appeal|plea(for=ceasefire|truce|withdrawal|de-escalation)
1246  v:dismiss  obj=call|demand|request|appeal|plea(for=ceasefire|truce|withdrawal|de-escalation)
1246  v:ignore  obj=call|demand|request|appeal|plea(for=ceasefire|truce|withdrawal|de-escalation)
1246  v:reject  obj=call|demand|request|appeal|plea(for=ceasefire|truce|withdrawal|de-escalation poss@target)
1246  v:turn+down  obj=request|appeal|plea(for=ceasefire|truce|withdrawal|de-escalation)
1246  v:vow  xcomp=continue|press(obj=offensive|operation|fight|war|attack)
1246  v:vow  xcomp=fight(advmod=on)

## 125 Reject proposal to meet, discuss, or negotiate
125  v:reject  obj=talk|negotiation|dialogue|meeting|summit
125  v:rebuff  obj=talk|negotiation|dialogue|meeting|summit
125  v:spurn  obj=talk|negotiation|dialogue|meeting|summit
125  v:turn+down  obj=talk|negotiation|dialogue|meeting|summit
125  v:reject  obj=offer|proposal|invitation(of|for|to=talk|negotiation|dialogue|meeting)
125  v:rebuff  obj=offer|proposal|invitation(of|for|to=talk|negotiation|dialogue|meeting)
125  v:spurn  obj=offer|proposal|invitation(of|for|to=talk|negotiation|dialogue|meeting)
125  v:turn+down  obj=offer|proposal|invitation(of|for|to=talk|negotiation|dialogue|meeting)
125  v:refuse  xcomp=meet|negotiate|talk(with@target)
125  v:decline  xcomp=meet|negotiate|talk(with@target)
125  v:refuse  xcomp=attend|join(obj=talk|negotiation|summit|meeting|conference)
125  v:decline  xcomp=attend|join(obj=talk|negotiation|summit|meeting|conference)
125  v:refuse  xcomp=engage(in=talk|negotiation|dialogue)
125  v:decline  xcomp=engage(in=talk|negotiation|dialogue)
125  v:reject  obj=call|demand|request|appeal|plea(for=talk|negotiation|dialogue|meeting)
125  v:rebuff  obj=call|demand|request|appeal|plea(for=talk|negotiation|dialogue|meeting)
125  v:dismiss  obj=call|demand|request|appeal|plea(for=talk|negotiation|dialogue|meeting)
125  v:ignore  obj=call|demand|request|appeal|plea(for=talk|negotiation|dialogue|meeting)
125  v:reject  obj=call|demand|request|appeal|plea(for=talk|negotiation|dialogue|meeting poss@target)
125  v:turn+down  obj=request|appeal|plea(for=talk|negotiation|dialogue|meeting)
125  v:boycott  obj=talk|negotiation|meeting|summit|conference|dialogue
125  v:rule+out  obj=talk|negotiation|dialogue|meeting
125  v:rule+out  obj=talk|negotiation|dialogue|meeting  with@target
125  v:snub  obj=talk|negotiation|summit|meeting|invitation

## 126 Reject mediation
126  v:reject  obj=mediation|mediator|arbitration
126  v:rebuff  obj=mediation|mediator|arbitration
126  v:spurn  obj=mediation|mediator|arbitration
126  v:turn+down  obj=mediation|mediator|arbitration
126  v:reject  obj=offer(of=mediation)
126  v:rebuff  obj=offer(of=mediation)
126  v:spurn  obj=offer(of=mediation)
126  v:turn+down  obj=offer(of=mediation)
126  v:refuse  xcomp=accept(obj=mediation|mediator|arbitration)
126  v:decline  xcomp=accept(obj=mediation|mediator|arbitration)
126  v:reject  obj=call|demand|request|appeal|plea(for=mediation|arbitration)
126  v:rebuff  obj=call|demand|request|appeal|plea(for=mediation|arbitration)
126  v:dismiss  obj=call|demand|request|appeal|plea(for=mediation|arbitration)
126  v:ignore  obj=call|demand|request|appeal|plea(for=mediation|arbitration)
126  v:reject  obj=call|demand|request|appeal|plea(for=mediation|arbitration poss@target)
126  v:turn+down  obj=request|appeal|plea(for=mediation|arbitration)

## 127 Reject plan, agreement to settle dispute
127  v:reject  obj=plan|deal|proposal|agreement|accord|settlement|roadmap(compound=peace)
127  v:rebuff  obj=plan|deal|proposal|agreement|accord|settlement|roadmap(compound=peace)
127  v:spurn  obj=plan|deal|proposal|agreement|accord|settlement|roadmap(compound=peace)
127  v:turn+down  obj=plan|deal|proposal|agreement|accord|settlement|roadmap(compound=peace)
127  v:reject  obj=plan|deal|proposal|agreement|accord|settlement|roadmap|ceasefire(amod=proposed)
127  v:rebuff  obj=plan|deal|proposal|agreement|accord|settlement|roadmap|ceasefire(amod=proposed)
127  v:spurn  obj=plan|deal|proposal|agreement|accord|settlement|roadmap|ceasefire(amod=proposed)
127  v:turn+down  obj=plan|deal|proposal|agreement|accord|settlement|roadmap|ceasefire(amod=proposed)
127  v:refuse  xcomp=sign|accept|endorse(obj=agreement|deal|accord|plan|settlement)
127  v:decline  xcomp=sign|accept|endorse(obj=agreement|deal|accord|plan|settlement)
127  v:refuse  xcomp=implement(obj=agreement|deal|accord|plan)
127  v:decline  xcomp=implement(obj=agreement|deal|accord|plan)
127  v:reject  obj=term(of=deal|agreement|settlement|ceasefire)
127  v:walk+away  from=deal|agreement|accord|plan
127  v:renege  on=deal|agreement|accord|promise|commitment|pledge
127  v:backtrack  on=deal|agreement|accord|commitment
127  v:tear+up  obj=deal|agreement|accord|treaty

## 128 Defy norms, law
128  v:defy  obj=order|ban|law|resolution|court|ruling|ultimatum|sanction|curfew|warning|call|deadline|rule|norm|decree|injunction|constitution|embargo
128  v:flout  obj=order|ban|law|resolution|court|ruling|ultimatum|sanction|curfew|warning|call|deadline|rule|norm|decree|injunction|constitution|embargo
128  v:ignore  obj=order|ban|law|resolution|court|ruling|ultimatum|sanction|curfew|warning|call|deadline|rule|norm|decree|injunction|constitution|embargo
128  v:disregard  obj=order|ban|law|resolution|court|ruling|ultimatum|sanction|curfew|warning|call|deadline|rule|norm|decree|injunction|constitution|embargo
128  v:disobey  obj=order|ban|law|resolution|court|ruling|ultimatum|sanction|curfew|warning|call|deadline|rule|norm|decree|injunction|constitution|embargo
128  v:violate  obj=order|ban|law|resolution|court|ruling|ultimatum|sanction|curfew|warning|call|deadline|rule|norm|decree|injunction|constitution|embargo
128  v:breach  obj=order|ban|law|resolution|court|ruling|ultimatum|sanction|curfew|warning|call|deadline|rule|norm|decree|injunction|constitution|embargo
128  v:violate  obj=law|resolution|agreement|treaty|rule|sanction|norm|constitution|convention|obligation|commitment|accord
128  v:breach  obj=law|resolution|agreement|treaty|rule|sanction|norm|constitution|convention|obligation|commitment|accord
128  v:break  obj=law|resolution|agreement|treaty|rule|sanction|norm|constitution|convention|obligation|commitment|accord
128  v:contravene  obj=law|resolution|agreement|treaty|rule|sanction|norm|constitution|convention|obligation|commitment|accord
128  v:refuse  xcomp=comply|obey|abide|cooperate
128  v:refuse  xcomp=recognize|recognise|accept(obj=ruling|verdict|jurisdiction|result|outcome|decision)
128  v:reject  obj=ruling|verdict|jurisdiction|result|outcome(poss@target)
128  v:reject  obj=ruling|verdict|jurisdiction|authority
128  v:defy  obj@target
128  v:thumb  obj=nose  at@target
128  n:defiance  of@target
128  n:violation  of=law|resolution|agreement|treaty|rule|sanction|norm|constitution|convention
128  v:go  advmod=ahead  despite=objection|warning|opposition|ban
128  v:evade  obj=sanction|embargo|ban
128  v:circumvent  obj=sanction|embargo|ban|law
128  v:skirt  obj=sanction|embargo|ban
128  v:bust  obj=sanction|embargo|blockade
128  v:break  obj=embargo|blockade|siege|sanction
128  v:run  obj=blockade

## 129 Veto
129  v:veto  obj=resolution|bill|law|measure|proposal|draft|plan|decision|legislation|motion|budget|amendment
129  v:veto  obj@target
129  v:veto  obj=resolution|bill|proposal|draft|plan(poss@target)
129  v:use  obj=veto|power(compound=veto)
129  v:cast  obj=veto|power(compound=veto)
129  v:wield  obj=veto|power(compound=veto)
129  v:exercise  obj=veto|power(compound=veto)
129  v:use  obj=veto  against@target
129  v:cast  obj=veto  against@target
129  v:block  obj=resolution|bill|measure|statement|declaration|proposal|motion  in=council|assembly|senate|parliament
129  n:veto  of|on@target
129  n:veto  poss@source  of|on@target
129  v:override  obj=veto

## Unrestricted forms of lemma lists whose nested restriction applies to every alternative (2026-11-29)
129  v:use  obj=veto
129  v:cast  obj=veto
129  v:wield  obj=veto
129  v:exercise  obj=veto
1212  v:reject  obj=call|demand|request|appeal|plea(for=troop|troops|base)
1212  v:rebuff  obj=call|demand|request|appeal|plea(for=troop|troops|base)
1212  v:dismiss  obj=call|demand|request|appeal|plea(for=troop|troops|base)
1212  v:ignore  obj=call|demand|request|appeal|plea(for=troop|troops|base)
1212  v:reject  obj=call|demand|request|appeal|plea(for=troop|troops|base poss@target)
1212  v:turn+down  obj=request|appeal|plea(for=troop|troops|base)
1222  v:reject  obj=call|demand|request|appeal|plea(for=weapon|arm|tank|jet|missile|ammunition)
1222  v:rebuff  obj=call|demand|request|appeal|plea(for=weapon|arm|tank|jet|missile|ammunition)
1222  v:dismiss  obj=call|demand|request|appeal|plea(for=weapon|arm|tank|jet|missile|ammunition)
1222  v:ignore  obj=call|demand|request|appeal|plea(for=weapon|arm|tank|jet|missile|ammunition)
1222  v:reject  obj=call|demand|request|appeal|plea(for=weapon|arm|tank|jet|missile|ammunition poss@target)
1222  v:turn+down  obj=request|appeal|plea(for=weapon|arm|tank|jet|missile|ammunition)
1223  v:reject  obj=call|demand|request|appeal|plea(for=food|medicine)
1223  v:rebuff  obj=call|demand|request|appeal|plea(for=food|medicine)
1223  v:dismiss  obj=call|demand|request|appeal|plea(for=food|medicine)
1223  v:ignore  obj=call|demand|request|appeal|plea(for=food|medicine)
1223  v:reject  obj=call|demand|request|appeal|plea(for=food|medicine poss@target)
1223  v:turn+down  obj=request|appeal|plea(for=food|medicine)
1231  v:reject  obj=call|demand|request|appeal|plea(for=resignation|ouster|removal)
1231  v:rebuff  obj=call|demand|request|appeal|plea(for=resignation|ouster|removal)
1231  v:dismiss  obj=call|demand|request|appeal|plea(for=resignation|ouster|removal)
1231  v:ignore  obj=call|demand|request|appeal|plea(for=resignation|ouster|removal)
1231  v:reject  obj=call|demand|request|appeal|plea(for=resignation|ouster|removal poss@target)
1231  v:turn+down  obj=request|appeal|plea(for=resignation|ouster|removal)
