# dyad event dictionary: CAMEO root 04 (CONSULT)
# Format: data/events/FORMAT.md. One pattern per line: CODE  TRIGGER  ARGUMENTS...
@format 1
@version 0.1.0

## 040 Consult, not specified below
040  v:meet  obj@target  !mutual
040  v:meet  with@target  !mutual
040  v:meet  !mutual
040  n:meeting  with@target  !mutual
040  n:meeting  between@pair  !mutual
040  n:meeting  poss@source  with@target  !mutual
040  v:consult  obj@target  !mutual
040  v:consult  with@target  !mutual
040  v:confer  with@target  !mutual
040  v:discuss  with@target  !mutual
040  v:discuss  obj  with@target  !mutual
040  v:talk  with@target  !mutual
040  v:talk  to@target  !mutual
040  v:speak  with@target  !mutual
040  v:speak  to@target  !mutual
040  v:hold  obj=meeting|consultation|discussion|conversation  with@target  !mutual
040  v:have  obj=meeting|consultation|discussion|conversation  with@target  !mutual
040  v:hold  obj=meeting|consultation  between@pair  !mutual
040  v:engage  obj@target
040  v:engage  with@target
040  v:sit+down  with@target  !mutual
040  v:huddle  with@target  !mutual
040  v:exchange  obj=view|idea|opinion  with@target  !mutual
040  v:exchange  obj=view|idea|opinion  !mutual
040  v:convene  obj=meeting|session|consultation
040  v:brief  obj@target
040  v:receive  obj=briefing  from@source  nsubj@target
040  v:join  obj@target  at|for=meeting|talk|summit|event|conference
040  n:event  compound=press|media  with@target
040  n:conference  compound=press|news  with@target
040  n:appearance  amod=joint  with@target
040  v:appear  with|alongside@target
040  v:meet  obj@target  in=person
040  n:consultation  with@target
040  n:talk  amod=bilateral  with@target

## 041 Discuss by telephone
041  v:phone  obj@target
041  v:telephone  obj@target
041  v:call  obj@target
041  v:ring  obj@target
041  v:phone+up  obj@target
041  v:speak  with|to@target  by|over|on=phone|telephone
041  v:talk  with|to@target  by|over|on=phone|telephone
041  v:speak  by|over|on=phone|telephone  !mutual
041  v:talk  by|over|on=phone|telephone  !mutual
041  v:hold  obj=call|conversation(compound=phone|telephone|video)  with@target  !mutual
041  v:have  obj=call|conversation(compound=phone|telephone|video)  with@target  !mutual
041  v:hold  obj=conversation|call(amod=telephone|telephonic)  with@target  !mutual
041  v:have  obj=conversation|call(amod=telephone|telephonic)  with@target  !mutual
041  v:hold  obj=videoconference|teleconference  with@target  !mutual
041  n:call  compound=phone|telephone|video  with@target
041  n:call  compound=phone|telephone|video  between@pair
041  n:conversation  compound=phone|telephone  with@target
041  v:receive  obj=call(compound=phone|telephone)  from@source  nsubj@target
041  v:call  obj@target  by=phone|telephone
041  v:dial  obj@target
041  v:videoconference  with@target

## 042 Make a visit
042:043  v:visit  obj@target
042:043  v:tour  obj@target
042:043  v:travel  to@target
042:043  v:fly  to@target
042:043  v:head  to@target
042:043  v:arrive  in@target
042:043  v:land  in@target
042:043  v:journey  to@target
042:043  v:stop  in@target
042:043  v:make  obj=visit|trip  to@target
042:043  v:pay  obj=visit|call  to@target
042:043  v:pay  iobj@target  obj=visit|call
042:043  v:embark  on=tour|visit|trip(of|to@target)
042:043  v:continue  obj=tour|visit(of|to@target)
042:043  v:begin  obj=tour|visit(of|to@target)
042:043  v:start  obj=tour|visit(of|to@target)
042:043  v:wrap+up  obj=tour|visit(of|to@target)
042:043  n:visit  to@target
042:043  n:visit  by@source  to@target
042:043  n:visit  poss@source  to@target
042:043  n:trip  to@target
042:043  n:tour  of@target
042:043  n:trip  poss@source  to@target

## 043 Host a visit
043:042  v:host  obj@target
043:042  v:receive  obj@target
043:042  v:welcome  obj@target
043:042  v:greet  obj@target
043:042  v:entertain  obj@target
043:042  v:play  obj=host  to@target
043:042  v:roll+out  obj=carpet  for@target
043:042  v:host  obj=delegation|visitor|counterpart|leader|president|minister(poss@target)
043:042  v:invite  obj@target  to=visit|capital|summit
043:042  v:welcome  obj@target  to=capital|country|city|palace|house
043:042  n:host  to@target
043:042  v:accompany  obj@target  on=tour|visit

## 044 Meet at a "third" location
044  v:meet  on=sideline|margin  !mutual
044  v:meet  with@target  on=sideline|margin  !mutual
044  v:meet  at=summit|conference|forum|gathering|ceremony  !mutual
044  v:meet  with@target  at=summit|conference|forum|gathering  !mutual
044  v:talk  on=sideline|margin  !mutual
044  v:hold  obj=talk|meeting|discussion  on=sideline|margin  !mutual
044  v:attend  obj=summit|conference|forum|assembly
044  v:hold  obj=summit  !mutual
044  v:convene  obj=summit  !mutual
044  n:summit  between@pair  !mutual
044  n:summit  with@target  !mutual
044  v:gather  in|at=summit|conference|capital  !mutual
044  v:converge  on|at=summit|conference  !mutual
044  n:meeting  amod=trilateral|multilateral|regional  !mutual

## 045 Mediate
045  v:mediate  obj=talk|dispute|negotiation|agreement|truce|ceasefire|deal|conflict
045  v:mediate  between@pair
045  v:mediate  in=dispute|conflict|crisis|talk
045  v:broker  obj=deal|agreement|truce|ceasefire|talk|accord|peace|settlement
045  v:broker  obj=deal|agreement|truce|ceasefire|talk|accord|peace  between@pair
045  v:facilitate  obj=talk|dialogue|negotiation
045  v:sponsor  obj=talk|dialogue|negotiation
045  v:oversee  obj=talk|dialogue|negotiation
045  v:moderate  obj=talk|dialogue|negotiation
045  v:host  obj=talk|negotiation|dialogue  between@pair
045  v:convene  obj=talk|negotiation|dialogue  between@pair
045  v:act  as=mediator|intermediary|go-between|broker|facilitator|guarantor
045  v:serve  as=mediator|intermediary|go-between|broker|facilitator|guarantor
045  v:arbitrate  obj=dispute
045  v:arbitrate  between@pair
045  v:shuttle  between@pair
045  v:intercede  with@target
045  v:intervene  with@target  on_behalf_of=hostage|prisoner|detainee
045  n:mediation  between@pair
045  n:mediation  poss@source
045  n:mediation  by@source
045  v:help  xcomp=broker|mediate

## 046 Engage in negotiation
046  v:negotiate  with@target  !mutual
046  v:negotiate  !mutual
046  v:negotiate  obj=deal|agreement|treaty|accord|settlement|truce|ceasefire|release|exchange|swap  with@target  !mutual
046  v:negotiate  obj=deal|agreement|treaty|accord|settlement|truce|ceasefire|release|exchange|swap  !mutual
046  v:hold  obj=talk|negotiation  with@target  !mutual
046  v:conduct  obj=talk|negotiation  with@target  !mutual
046  v:hold  obj=talk|negotiation  !mutual
046  v:conduct  obj=talk|negotiation  !mutual
046  v:hold  obj=talk|negotiation  between@pair  !mutual
046  v:conduct  obj=talk|negotiation  between@pair  !mutual
046  v:engage  obj@target  in=dialogue|talk|negotiation|discussion
046  v:engage  in=dialogue|talk|negotiation  with@target  !mutual
046  v:engage  in=dialogue|talk|negotiation  !mutual
046  v:enter  obj=talk|negotiation|dialogue  with@target  !mutual
046  v:open  obj=talk|negotiation|dialogue  with@target  !mutual
046  v:resume  obj=talk|negotiation|dialogue  with@target  !mutual
046  v:start  obj=talk|negotiation|dialogue  with@target  !mutual
046  v:begin  obj=talk|negotiation|dialogue  with@target  !mutual
046  v:launch  obj=talk|negotiation|dialogue  with@target  !mutual
046  v:initiate  obj=talk|negotiation|dialogue  with@target  !mutual
046  v:continue  obj=talk|negotiation|dialogue  with@target  !mutual
046  v:restart  obj=talk|negotiation|dialogue  with@target  !mutual
046  v:reopen  obj=talk|negotiation|dialogue  with@target  !mutual
046  v:enter  obj=talk|negotiation|dialogue  !mutual
046  v:open  obj=talk|negotiation|dialogue  !mutual
046  v:resume  obj=talk|negotiation|dialogue  !mutual
046  v:start  obj=talk|negotiation|dialogue  !mutual
046  v:begin  obj=talk|negotiation|dialogue  !mutual
046  v:launch  obj=talk|negotiation|dialogue  !mutual
046  v:restart  obj=talk|negotiation|dialogue  !mutual
046  v:enter  into=talk|negotiation|dialogue  with@target  !mutual
046  v:return  to=table|talk|negotiation|dialogue  with@target  !mutual
046  v:return  to=table|talk|negotiation|dialogue  !mutual
046  v:get  to=table  with@target  !mutual
046  v:bargain  with@target  !mutual
046  v:haggle  with@target  !mutual
046  v:hammer+out  obj=deal|agreement|accord|detail|compromise  with@target  !mutual
046  v:work+out  obj=deal|agreement|accord|detail|compromise  with@target  !mutual
046  n:talk  between@pair  !mutual
046  n:talk  with@target  !mutual
046  n:talk  poss@source  with@target  !mutual
046  n:negotiation  between@pair  !mutual
046  n:negotiation  with@target  !mutual
046  n:dialogue  between@pair  !mutual
046  n:dialogue  with@target  !mutual
046  n:round  of=talk|negotiation  with@target  !mutual
046  n:round  of=talk|negotiation  between@pair  !mutual
046  n:attempt  at=dialogue|negotiation|talk  between@pair
046  v:discuss  obj=deal|agreement|ceasefire|truce|settlement|exchange  with@target  !mutual
046  v:negotiate  with@target  over|on=release|deal|ceasefire|truce|border|program|programme  !mutual
046  v:sit+down  at=table  with@target  !mutual
046  v:participate  in=talk|negotiation|dialogue  with@target  !mutual
046  v:take  obj=part  in=talk|negotiation|dialogue  !mutual
046  v:join  obj=talk|negotiation|dialogue

## Added after reading Wikinews news prose (2026-11-29)
041  v:have  obj=call|conversation(compound=phone|telephone)  with@target  !mutual
041  v:hold  obj=call|conversation(compound=phone|telephone)  with@target  !mutual
040  v:hold  obj=meeting  with@target  !mutual

## Added from the PLOVER development half (odd ids) and Wikinews verbs with no pattern (2026-11-29)
046  v:return  for=talk|negotiation|consultation  !mutual
046  v:return  for=talk|negotiation|consultation  with@target  !mutual
045  v:launch  obj=mediation
045  v:launch  obj=mediation  between@target
045  v:launch  obj=effort|bid|initiative|mission(compound=mediation)
045  v:launch  obj=effort|bid|initiative|mission(compound=mediation)  between@target
045  v:begin  obj=effort|bid|initiative|mission(compound=mediation)
045  v:start  obj=effort|bid|initiative|mission(compound=mediation)
