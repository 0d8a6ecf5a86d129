# dyad event dictionary: CAMEO root 06 (ENGAGE IN MATERIAL COOPERATION)
# Format: data/events/FORMAT.md. One pattern per line: CODE  TRIGGER  ARGUMENTS...
@format 1
@version 0.1.0

## 060 Engage in material cooperation, not specified below
060  v:launch  obj=project|venture|operation|program|programme|initiative(amod=joint)  with@target  !mutual
060  v:establish  obj=project|venture|operation|program|programme|initiative(amod=joint)  with@target  !mutual
060  v:set  obj=project|venture|operation|program|programme|initiative(amod=joint)  with@target  !mutual
060  v:conduct  obj=project|venture|operation|program|programme|initiative(amod=joint)  with@target  !mutual
060  v:run  obj=project|venture|operation|program|programme|initiative(amod=joint)  with@target  !mutual
060  v:share  obj=resource|technology|expertise|facility|know-how|equipment  with@target
060  v:take  obj=part  in=operation|exercise|mission|project|effort|program|programme
060  v:participate  in=operation|mission|project|effort|program|programme
060  v:contribute  to=mission|effort|operation|coalition|fund|program|programme
060  v:collaborate  on=project|research|development|program|programme  with@target  !mutual
060  v:collaborate  on=project|research|development|program|programme  !mutual
060  v:join  obj=effort|project|program|programme|initiative|mission
060  v:team+up  on=project|program|programme|mission|effort  with@target
060  v:build  obj=plant|facility|station|reactor|satellite  with@target  !mutual
060  n:project  amod=joint  with@target
060  n:venture  amod=joint  with@target
060  v:cooperate  on=project|program|programme|research|space|technology|science  with@target  !mutual
060  v:work  on=project|program|programme  with@target  !mutual

## 061 Cooperate economically
061  v:trade  with@target  !mutual
061  v:invest  in@target
061  v:invest  obj=billion|million|money|fund|dollar|euro  in@target
061  v:export  obj  to@target
061  v:import  obj  from@source  nsubj@target
061  v:sell  obj=oil|gas|grain|wheat|fuel|electricity|power|coal|good|goods|product|aircraft|plane  to@target
061  v:buy  obj=oil|gas|grain|wheat|fuel|electricity|power|coal|good|goods|product|bond|debt  from@source  nsubj@target
061  v:purchase  obj=oil|gas|grain|wheat|fuel|electricity|power|coal|good|goods|product|bond  from@source  nsubj@target
061  v:supply  obj=oil|gas|grain|wheat|fuel|electricity|power|coal|energy|lng  to@target
061  v:ship  obj=oil|gas|grain|wheat|fuel|electricity|power|coal|energy|lng  to@target
061  v:deliver  obj=oil|gas|grain|wheat|fuel|electricity|power|coal|energy|lng  to@target
061  v:pipe  obj=oil|gas|grain|wheat|fuel|electricity|power|coal|energy|lng  to@target
061  v:open  obj=market|economy|sector  to@target
061  v:expand  obj=trade|investment|tie|cooperation|relation(amod=economic|trade|commercial)  with@target  !mutual
061  v:boost  obj=trade|investment|tie|cooperation|relation(amod=economic|trade|commercial)  with@target  !mutual
061  v:increase  obj=trade|investment|tie|cooperation|relation(amod=economic|trade|commercial)  with@target  !mutual
061  v:deepen  obj=trade|investment|tie|cooperation|relation(amod=economic|trade|commercial)  with@target  !mutual
061  v:strengthen  obj=trade|investment|tie|cooperation|relation(amod=economic|trade|commercial)  with@target  !mutual
061  v:expand  obj=trade|investment|commerce  with@target  !mutual
061  v:boost  obj=trade|investment|commerce  with@target  !mutual
061  v:increase  obj=trade|investment|commerce  with@target  !mutual
061  v:do  obj=business  with@target  !mutual
061  v:grant  obj=status(amod=trade|most-favored|most-favoured|preferential)  to@target
061  v:extend  obj=status(amod=trade|most-favored|most-favoured|preferential)  to@target
061  v:cut  obj=tariff|duty  on=import|good|goods|product(from@target)
061  v:lower  obj=tariff|duty  on=import|good|goods|product(from@target)
061  v:abolish  obj=tariff|duty  on=import|good|goods|product(from@target)
061  v:remove  obj=tariff|duty  on=import|good|goods|product(from@target)
061  v:scrap  obj=tariff|duty  on=import|good|goods|product(from@target)
061  v:reduce  obj=tariff|duty  on=import|good|goods|product(from@target)
061  n:trade  between@pair  !mutual
061  n:trade  with@target  !mutual
061  n:investment  in@target
061  n:investment  poss@source  in@target
061  v:develop  obj=field|project|mine|port|pipeline  with@target  !mutual
061  v:build  obj=pipeline|railway|road|port|bridge|dam|highway|railroad  in@target
061  v:finance  obj=pipeline|railway|road|port|bridge|dam|plant|project  in@target
061  v:create  obj=zone|area(compound=trade)  with@target  !mutual
061  n:export  to@target
061  n:import  from@source

## 062 Cooperate militarily
062  v:conduct  obj=exercise|drill|maneuver|manoeuvre|patrol(amod=joint)  with@target  !mutual
062  v:hold  obj=exercise|drill|maneuver|manoeuvre|patrol(amod=joint)  with@target  !mutual
062  v:stage  obj=exercise|drill|maneuver|manoeuvre|patrol(amod=joint)  with@target  !mutual
062  v:conduct  obj=exercise|drill|maneuver|manoeuvre|patrol(amod=joint)  !mutual
062  v:hold  obj=exercise|drill|maneuver|manoeuvre|patrol(amod=joint)  !mutual
062  v:stage  obj=exercise|drill|maneuver|manoeuvre|patrol(amod=joint)  !mutual
062  v:coordinate  obj=strike|operation|offensive|attack|patrol  with@target  !mutual
062  v:fight  alongside@target
062  v:host  obj=troop|troops|base|force|soldier|missile|warship|contingent@target
062  v:share  obj=base|facility|port|airfield  with@target
062  v:grant  obj=access(to=base|port|airspace|airfield|facility)  to@target
062  v:give  obj=access(to=base|port|airspace|airfield|facility)  to@target
062  v:allow  obj=use@target(of=base|airspace|territory|port|airfield)
062  v:join  obj=coalition|alliance|offensive|fight|operation|campaign|mission@target(amod=military|multinational|international)
062  v:join  obj=coalition|alliance|fight|campaign@target  against
062  v:join  obj=force  with@target  against
062  v:deploy  obj=troop|troops|force|soldier|warship|jet  alongside@target
062  v:operate  advmod=jointly
062  n:exercise  amod=joint  with@target  !mutual
062  n:exercise  amod=joint  between@pair  !mutual
062  n:drill  amod=joint  with@target  !mutual
062  n:cooperation  amod=military|defense|defence|security  with@target  !mutual
062  n:cooperation  amod=military|defense|defence|security  between@pair  !mutual
062  v:cooperate  advmod=militarily  with@target  !mutual
062  v:cooperate  on=defense|defence|security|counterterrorism  with@target  !mutual
062  v:patrol  advmod=jointly
062  v:station  obj=troop|troops|force|soldier|missile  in@target

## 063 Engage in judicial cooperation
063  v:extradite  obj  to@target
063  v:extradite  obj
063  v:hand  obj=suspect|fugitive|accused|criminal|prisoner|detainee|militant|defendant  to@target
063  v:surrender  obj=suspect|fugitive|accused|criminal|prisoner|detainee|militant|defendant  to@target
063  v:transfer  obj=suspect|fugitive|accused|criminal|prisoner|detainee|militant|defendant  to@target
063  v:turn  obj=suspect|fugitive|accused|criminal|prisoner|detainee|militant|defendant  to@target
063  v:hand+over  obj=suspect|fugitive|accused|criminal|prisoner|detainee|militant|defendant  to@target
063  v:turn+over  obj=suspect|fugitive|accused|criminal|prisoner|detainee  to@target
063  v:cooperate  with=court|tribunal|prosecutor|investigator|investigation|probe|inquiry@target
063  v:assist  obj=investigation|probe|prosecution|inquiry(poss@target)
063  v:assist  obj=investigation|probe|prosecution|inquiry
063  v:share  obj=evidence|record|document|file  to|with@target
063  v:provide  obj=evidence|record|document|file  to|with@target
063  v:hand  obj=evidence|record|document|file  to|with@target
063  v:provide  obj=assistance(amod=legal|judicial)  to@target
063  v:approve  obj=extradition|transfer
063  v:grant  obj=extradition|transfer
063  v:authorize  obj=extradition|transfer
063  v:authorise  obj=extradition|transfer
063  v:arrest  obj  on=warrant|behalf|request(poss@target)
063  n:extradition  to@target
063  n:cooperation  amod=judicial|legal  with@target  !mutual
063  v:freeze  obj=asset|account  at=request(poss@target)
063  v:recognize  obj=jurisdiction(poss@target)
063  v:accept  obj=jurisdiction(poss@target)

## 064 Share intelligence or information
064  v:share  obj=intelligence|information|data|finding|assessment  with@target  !mutual
064  v:exchange  obj=intelligence|information|data|finding|assessment  with@target  !mutual
064  v:provide  obj=intelligence|information|data|tip  to@target
064  v:supply  obj=intelligence|information|data|tip  to@target
064  v:give  obj=intelligence|information|data|tip  to@target
064  v:pass  obj=intelligence|information|data|tip  to@target
064  v:feed  obj=intelligence|information|data|tip  to@target
064  v:give  iobj@target  obj=intelligence|information|data|tip
064  v:pass+on  obj=intelligence|information|data  to@target
064  v:pass+along  obj=intelligence|information|data  to@target
064  v:tip+off  obj@target
064  v:alert  obj@target  to=plot|threat|attack
064  v:warn  obj@target  of|about=plot|threat|attack
064  v:brief  obj@target  on=intelligence|finding|threat|investigation
064  v:receive  obj=intelligence|information|tip  from@source  nsubj@target
064  v:hand+over  obj=document|file|record|intelligence|data  to@target
064  n:sharing  compound=intelligence|information  with@target  !mutual
064  n:intelligence  from@source
064  v:disclose  obj=information|intelligence  to@target

## Unrestricted forms of lemma lists whose nested restriction applies to every alternative (2026-11-29)
061  v:expand  obj=trade|investment  with@target  !mutual
061  v:boost  obj=trade|investment  with@target  !mutual
061  v:increase  obj=trade|investment  with@target  !mutual
061  v:deepen  obj=trade|investment  with@target  !mutual
061  v:strengthen  obj=trade|investment  with@target  !mutual
