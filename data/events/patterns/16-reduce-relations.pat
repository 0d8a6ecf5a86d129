# dyad event dictionary: CAMEO root 16 (REDUCE RELATIONS)
# Format: data/events/FORMAT.md. One pattern per line: CODE  TRIGGER  ARGUMENTS...
@format 1
@version 0.1.0

## 160 Reduce relations, not specified below
160  v:downgrade  obj=tie|relation|relationship|contact|cooperation|dialogue  with@target
160  v:reduce  obj=tie|relation|relationship|contact|cooperation|dialogue  with@target
160  v:freeze  obj=tie|relation|relationship|contact|cooperation|dialogue  with@target
160  v:suspend  obj=tie|relation|relationship|contact|cooperation|dialogue  with@target
160  v:review  obj=tie|relation|relationship|contact|cooperation|dialogue  with@target
160  v:curtail  obj=tie|relation|relationship|contact|cooperation|dialogue  with@target
160  v:limit  obj=tie|relation|relationship|contact|cooperation|dialogue  with@target
160  v:scale  obj=tie|relation|relationship|contact|cooperation|dialogue  with@target
160  v:downgrade  obj=tie|relation|relationship|contact|cooperation|dialogue
160  v:reduce  obj=tie|relation|relationship|contact|cooperation|dialogue
160  v:freeze  obj=tie|relation|relationship|contact|cooperation|dialogue
160  v:suspend  obj=tie|relation|relationship|contact|cooperation|dialogue
160  v:scale+back  obj=tie|relation|relationship|contact|cooperation|dialogue  with@target
160  v:scale+down  obj=tie|relation|relationship|contact|cooperation|dialogue  with@target
160  v:suspend  obj@target  from=organization|organisation|union|bloc|body|council|group|commonwealth|league
160  v:expel  obj@target  from=organization|organisation|union|bloc|body|council|group|commonwealth|league
160  v:exclude  obj@target  from=summit|meeting|organization|organisation|group|talk|bloc
160  v:cancel  obj=visit|meeting|trip|summit|event|exercise  with|to@target
160  v:postpone  obj=visit|meeting|trip|summit|event|exercise  with|to@target
160  v:scrap  obj=visit|meeting|trip|summit|event|exercise  with|to@target
160  v:call+off  obj=visit|meeting|trip|summit  with|to@target
160  v:withdraw  from=treaty|agreement|deal|accord|pact|convention|protocol
160  v:pull  from=treaty|agreement|deal|accord|pact|convention|protocol
160  v:pull+out  of=treaty|agreement|deal|accord|pact|convention
160  v:quit  obj=treaty|agreement|deal|accord|pact|convention|organization|organisation|union|bloc
160  v:leave  obj=organization|organisation|union|bloc|alliance|council|treaty|agreement|body
160  v:exit  obj=treaty|agreement|deal|organization|organisation|union|bloc
160  v:isolate  obj@target
160  n:freeze  in=relation|tie|contact  with@target
160  n:suspension  of=tie|cooperation|relation|contact  with@target
160  v:distance  from@target
160  v:revoke  obj=status|membership|privilege(poss@target)
160  v:terminate  obj=agreement|treaty|deal|accord  with@target
160  v:cut  obj=flight|link(amod=direct)  to|with@target
160  v:ban  obj=flight|airline|carrier  from@target

## 161 Reduce or break diplomatic relations
161  v:sever  obj=tie|relation|relationship  with@target
161  v:cut  obj=tie|relation|relationship  with@target
161  v:break  obj=tie|relation|relationship  with@target
161  v:sever  obj=tie|relation|relationship(amod=diplomatic)
161  v:cut  obj=tie|relation|relationship(amod=diplomatic)
161  v:break  obj=tie|relation|relationship(amod=diplomatic)
161  v:break+off  obj=tie|relation|relationship  with@target
161  v:cut+off  obj=tie|relation|relationship  with@target
161  v:recall  obj=ambassador|envoy|diplomat|chargé|representative@target
161  v:withdraw  obj=ambassador|envoy|diplomat|chargé|representative@target
161  v:recall  obj=ambassador|envoy|diplomat|representative  from@target
161  v:withdraw  obj=ambassador|envoy|diplomat|representative  from@target
161  v:expel  obj=ambassador|diplomat|envoy|attache|attaché|staff|official@target(amod=diplomatic|embassy)
161  v:expel  obj=ambassador|diplomat|envoy|attache|attaché@target
161  v:expel  obj=ambassador|diplomat|envoy(poss@target)
161  v:close  obj=embassy|consulate|mission|office@target(amod=diplomatic)
161  v:shut  obj=embassy|consulate|mission|office@target(amod=diplomatic)
161  v:close  obj=embassy|consulate  in@target
161  v:shut+down  obj=embassy|consulate|mission@target
161  v:declare  obj=ambassador|diplomat|envoy|attache@target  xcomp=grata|non-grata
161  v:downgrade  obj=tie|relation|relationship(amod=diplomatic)  with@target
161  v:downgrade  obj=embassy|mission|representation@target  to=level|consulate|office
161  v:withdraw  obj=recognition  from@target
161  v:withdraw  obj=recognition(of@target)
161  v:order  obj=ambassador|diplomat|envoy@target  xcomp=leave
161  n:severing  of=tie|relation|relationship  with@target
161  n:expulsion  of=ambassador|diplomat|envoy
161  n:break  in=tie|relation|relationship  with@target

## 162 Reduce or stop aid, not specified below
162  v:cut  obj=aid|assistance|funding|support|help|contribution|payment
162  v:suspend  obj=aid|assistance|funding|support|help|contribution|payment
162  v:halt  obj=aid|assistance|funding|support|help|contribution|payment
162  v:freeze  obj=aid|assistance|funding|support|help|contribution|payment
162  v:withhold  obj=aid|assistance|funding|support|help|contribution|payment
162  v:stop  obj=aid|assistance|funding|support|help|contribution|payment
162  v:reduce  obj=aid|assistance|funding|support|help|contribution|payment
162  v:end  obj=aid|assistance|funding|support|help|contribution|payment
162  v:slash  obj=aid|assistance|funding|support|help|contribution|payment
162  v:withdraw  obj=aid|assistance|funding|support|help|contribution|payment
162  v:cut  obj=aid|assistance|funding|support|help|contribution|payment  to|for@target
162  v:suspend  obj=aid|assistance|funding|support|help|contribution|payment  to|for@target
162  v:halt  obj=aid|assistance|funding|support|help|contribution|payment  to|for@target
162  v:freeze  obj=aid|assistance|funding|support|help|contribution|payment  to|for@target
162  v:withhold  obj=aid|assistance|funding|support|help|contribution|payment  to|for@target
162  v:cut+off  obj=aid|assistance|funding|support|help|contribution|payment
162  v:cut+off  obj=aid|assistance|funding|support|help|contribution|payment  to|for@target
162  n:suspension  of=aid|assistance|funding|support|help|contribution|payment
162  n:cut  in|to=aid|assistance|funding|support|help|contribution|payment

## 1621 Reduce or stop economic assistance
1621  v:cut  obj=aid|assistance|support|funding(amod=economic|financial|budget|budgetary|development)
1621  v:suspend  obj=aid|assistance|support|funding(amod=economic|financial|budget|budgetary|development)
1621  v:halt  obj=aid|assistance|support|funding(amod=economic|financial|budget|budgetary|development)
1621  v:freeze  obj=aid|assistance|support|funding(amod=economic|financial|budget|budgetary|development)
1621  v:withhold  obj=aid|assistance|support|funding(amod=economic|financial|budget|budgetary|development)
1621  v:stop  obj=aid|assistance|support|funding(amod=economic|financial|budget|budgetary|development)
1621  v:reduce  obj=aid|assistance|support|funding(amod=economic|financial|budget|budgetary|development)
1621  v:end  obj=aid|assistance|support|funding(amod=economic|financial|budget|budgetary|development)
1621  v:slash  obj=aid|assistance|support|funding(amod=economic|financial|budget|budgetary|development)
1621  v:withdraw  obj=aid|assistance|support|funding(amod=economic|financial|budget|budgetary|development)
1621  v:cut  obj=aid|assistance|support|funding(amod=economic|financial|budget|budgetary|development)  to|for@target
1621  v:suspend  obj=aid|assistance|support|funding(amod=economic|financial|budget|budgetary|development)  to|for@target
1621  v:halt  obj=aid|assistance|support|funding(amod=economic|financial|budget|budgetary|development)  to|for@target
1621  v:freeze  obj=aid|assistance|support|funding(amod=economic|financial|budget|budgetary|development)  to|for@target
1621  v:withhold  obj=aid|assistance|support|funding(amod=economic|financial|budget|budgetary|development)  to|for@target
1621  v:cut+off  obj=aid|assistance|support|funding(amod=economic|financial|budget|budgetary|development)
1621  v:cut+off  obj=aid|assistance|support|funding(amod=economic|financial|budget|budgetary|development)  to|for@target
1621  n:suspension  of=aid|assistance|support|funding(amod=economic|financial|budget|budgetary|development)
1621  n:cut  in|to=aid|assistance|support|funding(amod=economic|financial|budget|budgetary|development)
1621  v:cut  obj=loan|credit|grant|tranche|disbursement  to|for@target
1621  v:suspend  obj=loan|credit|tranche|disbursement|program|programme  to|for@target
1621  v:freeze  obj=loan|credit|tranche|disbursement
1621  v:call+in  obj=loan|debt

## 1622 Reduce or stop military assistance
1622  v:cut  obj=aid|assistance|support|cooperation(amod=military|security|defense|defence)
1622  v:suspend  obj=aid|assistance|support|cooperation(amod=military|security|defense|defence)
1622  v:halt  obj=aid|assistance|support|cooperation(amod=military|security|defense|defence)
1622  v:freeze  obj=aid|assistance|support|cooperation(amod=military|security|defense|defence)
1622  v:withhold  obj=aid|assistance|support|cooperation(amod=military|security|defense|defence)
1622  v:stop  obj=aid|assistance|support|cooperation(amod=military|security|defense|defence)
1622  v:reduce  obj=aid|assistance|support|cooperation(amod=military|security|defense|defence)
1622  v:end  obj=aid|assistance|support|cooperation(amod=military|security|defense|defence)
1622  v:slash  obj=aid|assistance|support|cooperation(amod=military|security|defense|defence)
1622  v:withdraw  obj=aid|assistance|support|cooperation(amod=military|security|defense|defence)
1622  v:cut  obj=aid|assistance|support|cooperation(amod=military|security|defense|defence)  to|for@target
1622  v:suspend  obj=aid|assistance|support|cooperation(amod=military|security|defense|defence)  to|for@target
1622  v:halt  obj=aid|assistance|support|cooperation(amod=military|security|defense|defence)  to|for@target
1622  v:freeze  obj=aid|assistance|support|cooperation(amod=military|security|defense|defence)  to|for@target
1622  v:withhold  obj=aid|assistance|support|cooperation(amod=military|security|defense|defence)  to|for@target
1622  v:cut+off  obj=aid|assistance|support|cooperation(amod=military|security|defense|defence)
1622  v:cut+off  obj=aid|assistance|support|cooperation(amod=military|security|defense|defence)  to|for@target
1622  n:suspension  of=aid|assistance|support|cooperation(amod=military|security|defense|defence)
1622  n:cut  in|to=aid|assistance|support|cooperation(amod=military|security|defense|defence)
1622  v:halt  obj=delivery|shipment|sale|transfer|export(compound=arm|weapon)
1622  v:suspend  obj=delivery|shipment|sale|transfer|export(compound=arm|weapon)
1622  v:stop  obj=delivery|shipment|sale|transfer|export(compound=arm|weapon)
1622  v:freeze  obj=delivery|shipment|sale|transfer|export(compound=arm|weapon)
1622  v:block  obj=delivery|shipment|sale|transfer|export(compound=arm|weapon)
1622  v:cancel  obj=delivery|shipment|sale|transfer|export(compound=arm|weapon)
1622  v:halt  obj=delivery|shipment|sale|transfer|export(of=weapon|arm|jet|tank|missile)
1622  v:suspend  obj=delivery|shipment|sale|transfer|export(of=weapon|arm|jet|tank|missile)
1622  v:stop  obj=delivery|shipment|sale|transfer|export(of=weapon|arm|jet|tank|missile)
1622  v:freeze  obj=delivery|shipment|sale|transfer|export(of=weapon|arm|jet|tank|missile)
1622  v:block  obj=delivery|shipment|sale|transfer|export(of=weapon|arm|jet|tank|missile)
1622  v:cancel  obj=delivery|shipment|sale|transfer|export(of=weapon|arm|jet|tank|missile)
1622  v:impose  obj=embargo(compound=arm|weapon)  on@target
1622  v:withdraw  obj=trainer|instructor|adviser|advisor  from@target

## 1623 Reduce or stop humanitarian assistance
1623  v:cut  obj=aid|assistance|delivery|supply|supplies|food|relief(amod=humanitarian|food|emergency|medical)
1623  v:suspend  obj=aid|assistance|delivery|supply|supplies|food|relief(amod=humanitarian|food|emergency|medical)
1623  v:halt  obj=aid|assistance|delivery|supply|supplies|food|relief(amod=humanitarian|food|emergency|medical)
1623  v:freeze  obj=aid|assistance|delivery|supply|supplies|food|relief(amod=humanitarian|food|emergency|medical)
1623  v:withhold  obj=aid|assistance|delivery|supply|supplies|food|relief(amod=humanitarian|food|emergency|medical)
1623  v:stop  obj=aid|assistance|delivery|supply|supplies|food|relief(amod=humanitarian|food|emergency|medical)
1623  v:reduce  obj=aid|assistance|delivery|supply|supplies|food|relief(amod=humanitarian|food|emergency|medical)
1623  v:end  obj=aid|assistance|delivery|supply|supplies|food|relief(amod=humanitarian|food|emergency|medical)
1623  v:slash  obj=aid|assistance|delivery|supply|supplies|food|relief(amod=humanitarian|food|emergency|medical)
1623  v:withdraw  obj=aid|assistance|delivery|supply|supplies|food|relief(amod=humanitarian|food|emergency|medical)
1623  v:cut  obj=aid|assistance|delivery|supply|supplies|food|relief(amod=humanitarian|food|emergency|medical)  to|for@target
1623  v:suspend  obj=aid|assistance|delivery|supply|supplies|food|relief(amod=humanitarian|food|emergency|medical)  to|for@target
1623  v:halt  obj=aid|assistance|delivery|supply|supplies|food|relief(amod=humanitarian|food|emergency|medical)  to|for@target
1623  v:freeze  obj=aid|assistance|delivery|supply|supplies|food|relief(amod=humanitarian|food|emergency|medical)  to|for@target
1623  v:withhold  obj=aid|assistance|delivery|supply|supplies|food|relief(amod=humanitarian|food|emergency|medical)  to|for@target
1623  v:cut+off  obj=aid|assistance|delivery|supply|supplies|food|relief(amod=humanitarian|food|emergency|medical)
1623  v:cut+off  obj=aid|assistance|delivery|supply|supplies|food|relief(amod=humanitarian|food|emergency|medical)  to|for@target
1623  n:suspension  of=aid|assistance|delivery|supply|supplies|food|relief(amod=humanitarian|food|emergency|medical)
1623  n:cut  in|to=aid|assistance|delivery|supply|supplies|food|relief(amod=humanitarian|food|emergency|medical)
1623  v:halt  obj=delivery|distribution|convoy|shipment(of=aid|food|medicine|relief)
1623  v:suspend  obj=delivery|distribution|convoy|shipment(of=aid|food|medicine|relief)
1623  v:stop  obj=delivery|distribution|convoy|shipment(of=aid|food|medicine|relief)
1623  v:block  obj=delivery|distribution|convoy|shipment(of=aid|food|medicine|relief)

## 163 Impose embargo, boycott, or sanctions
163  v:impose  obj=sanction|embargo|tariff|boycott|penalty|duty|ban  on|against@target
163  v:slap  obj=sanction|embargo|tariff|boycott|penalty|duty|ban  on|against@target
163  v:place  obj=sanction|embargo|tariff|boycott|penalty|duty|ban  on|against@target
163  v:levy  obj=sanction|embargo|tariff|boycott|penalty|duty|ban  on|against@target
163  v:announce  obj=sanction|embargo|tariff|boycott|penalty|duty|ban  on|against@target
163  v:impose  obj=sanction|embargo|boycott
163  v:announce  obj=sanction|embargo|boycott
163  v:sanction  obj@target
163  v:blacklist  obj@target
163  v:embargo  obj@target
163  v:tighten  obj=sanction|embargo|boycott  on|against@target
163  v:extend  obj=sanction|embargo|boycott  on|against@target
163  v:expand  obj=sanction|embargo|boycott  on|against@target
163  v:broaden  obj=sanction|embargo|boycott  on|against@target
163  v:renew  obj=sanction|embargo|boycott  on|against@target
163  v:toughen  obj=sanction|embargo|boycott  on|against@target
163  v:widen  obj=sanction|embargo|boycott  on|against@target
163  v:intensify  obj=sanction|embargo|boycott  on|against@target
163  v:tighten  obj=sanction|embargo|boycott
163  v:extend  obj=sanction|embargo|boycott
163  v:expand  obj=sanction|embargo|boycott
163  v:broaden  obj=sanction|embargo|boycott
163  v:renew  obj=sanction|embargo|boycott
163  v:toughen  obj=sanction|embargo|boycott
163  v:step+up  obj=sanction|pressure(amod=economic)  on|against@target
163  v:freeze  obj=asset|account|fund|reserve|holding(poss@target)
163  v:seize  obj=asset|account|fund|reserve|holding(poss@target)
163  v:block  obj=asset|account|fund|reserve|holding(poss@target)
163  v:freeze  obj=asset|account|fund|reserve|holding
163  v:ban  obj=import|export|product|good|goods|oil|gas|investment|purchase  from|to@target
163  v:bar  obj=import|export|product|good|goods|oil|gas|investment|purchase  from|to@target
163  v:restrict  obj=import|export|product|good|goods|oil|gas|investment|purchase  from|to@target
163  v:ban  obj=import|export
163  v:bar  obj=import|export
163  v:target  obj@target  with=sanction|tariff|penalty|embargo|measure
163  v:hit  obj@target  with=sanction|tariff|penalty|embargo|measure
163  v:punish  obj@target  with=sanction|tariff|penalty|embargo|measure
163  v:place  obj@target  on=blacklist|list
163  v:add  obj@target  to=blacklist|list
163  v:designate  obj@target  as=organization|organisation|group|entity|sponsor
163  v:boycott  obj=product|good|goods|company|import|brand(poss@target)
163  v:cut+off  obj@target  from=system|market|network|swift
163  v:exclude  obj@target  from=system|market|swift
163  n:sanction  against|on@target
163  n:sanction  poss@source  against|on@target
163  n:embargo  on|against@target
163  n:tariff  on@target
163  n:freeze  compound=asset  on|against@target

## 164 Halt negotiations
164  v:suspend  obj=talk|negotiation|dialogue  !mutual
164  v:halt  obj=talk|negotiation|dialogue  !mutual
164  v:end  obj=talk|negotiation|dialogue  !mutual
164  v:abandon  obj=talk|negotiation|dialogue  !mutual
164  v:quit  obj=talk|negotiation|dialogue  !mutual
164  v:freeze  obj=talk|negotiation|dialogue  !mutual
164  v:cancel  obj=talk|negotiation|dialogue  !mutual
164  v:break  obj=talk|negotiation|dialogue  !mutual
164  v:postpone  obj=talk|negotiation|dialogue  !mutual
164  v:scrap  obj=talk|negotiation|dialogue  !mutual
164  v:suspend  obj=process(compound=peace)  !mutual
164  v:halt  obj=process(compound=peace)  !mutual
164  v:end  obj=process(compound=peace)  !mutual
164  v:abandon  obj=process(compound=peace)  !mutual
164  v:freeze  obj=process(compound=peace)  !mutual
164  v:suspend  obj=talk|negotiation|dialogue  with@target  !mutual
164  v:halt  obj=talk|negotiation|dialogue  with@target  !mutual
164  v:end  obj=talk|negotiation|dialogue  with@target  !mutual
164  v:abandon  obj=talk|negotiation|dialogue  with@target  !mutual
164  v:quit  obj=talk|negotiation|dialogue  with@target  !mutual
164  v:freeze  obj=talk|negotiation|dialogue  with@target  !mutual
164  v:cancel  obj=talk|negotiation|dialogue  with@target  !mutual
164  v:break  obj=talk|negotiation|dialogue  with@target  !mutual
164  v:break+off  obj=talk|negotiation|dialogue  with@target
164  v:break+off  obj=talk|negotiation|dialogue
164  v:call+off  obj=talk|negotiation|dialogue
164  v:walk+out  of=talk|negotiation|meeting|session|dialogue
164  v:walk+away  from=talk|negotiation|table|dialogue
164  v:withdraw  from=talk|negotiation|dialogue|process
164  v:pull+out  of=talk|negotiation|dialogue|process
164  v:leave  obj=table|talk|negotiation
164  v:storm+out  of=talk|meeting|negotiation|session
164  n:suspension  of=talk|negotiation|dialogue  with@target
164  v:declare  obj=talk|negotiation|dialogue  xcomp=dead|over

## 165 Halt mediation
165  v:end  obj=mediation|effort(compound=mediation)
165  v:suspend  obj=mediation|effort(compound=mediation)
165  v:abandon  obj=mediation|effort(compound=mediation)
165  v:halt  obj=mediation|effort(compound=mediation)
165  v:quit  obj=mediation|effort(compound=mediation)
165  v:stop  obj=mediation|effort(compound=mediation)
165  v:end  obj=role(amod=mediating|mediation)
165  v:suspend  obj=role(amod=mediating|mediation)
165  v:abandon  obj=role(amod=mediating|mediation)
165  v:halt  obj=role(amod=mediating|mediation)
165  v:withdraw  from=mediation|role|effort(compound=mediation)
165  v:withdraw  as=mediator|facilitator|guarantor
165  v:quit  as=mediator|facilitator|guarantor
165  v:resign  as=mediator|facilitator|envoy
165  v:step+down  as=mediator|facilitator|guarantor
165  v:step+back  from=mediation|role
165  v:pull+out  of=mediation|effort(compound=mediation)
165  n:suspension  of=mediation
165  v:suspend  obj=role  as=mediator|facilitator|guarantor
165  v:give+up  obj=mediation|effort(compound=mediation)

## 166 Expel or withdraw, not specified below
166  v:expel  obj=mission|delegation|staff|personnel|worker|official|expert|team|contractor|advisor|adviser|volunteer@target(amod=foreign|international)
166  v:withdraw  obj=mission|delegation|staff|personnel|worker|official|expert|team|contractor|advisor|adviser|volunteer@target(amod=foreign|international)
166  v:evacuate  obj=mission|delegation|staff|personnel|worker|official|expert|team|contractor|advisor|adviser|volunteer@target(amod=foreign|international)
166  v:eject  obj=mission|delegation|staff|personnel|worker|official|expert|team|contractor|advisor|adviser|volunteer@target(amod=foreign|international)
166  v:expel  obj=mission|delegation|staff|personnel|worker|official|expert|team|contractor|advisor|adviser|volunteer  from@target
166  v:withdraw  obj=mission|delegation|staff|personnel|worker|official|expert|team|contractor|advisor|adviser|volunteer  from@target
166  v:pull  obj=mission|delegation|staff|personnel|worker|official|expert|team|contractor|advisor|adviser|volunteer  from@target
166  v:order  obj=mission|delegation|staff|personnel|worker|official|expert|team|contractor|advisor|adviser|volunteer@target  xcomp=leave
166  v:kick+out  obj=mission|delegation|staff|personnel|worker|official|expert|team|contractor|advisor|adviser|volunteer@target
166  v:withdraw  from=mission|operation|coalition|force|program|programme|organization|organisation|body
166  v:pull+out  of=mission|operation|coalition|force|program|programme|organization|organisation
166  v:withdraw  obj=support|participation|membership@target  from=mission|operation|coalition|organization|organisation|program|programme
166  v:end  obj=participation|involvement@target  in=mission|operation|coalition|program|programme
166  v:recall  obj=mission|delegation|staff|personnel|worker|official|expert|team|contractor|advisor|adviser|volunteer  from@target
166  v:close  obj=office|mission|base  in@target
166  n:expulsion  of=mission|delegation|staff|personnel|worker|official|expert|team|contractor|advisor|adviser|volunteer
166  n:withdrawal  of=mission|delegation|staff|personnel|worker|official|expert|team|contractor|advisor|adviser|volunteer  from@target
166  v:declare  obj@target  xcomp=unwelcome

## 1661 Expel or withdraw peacekeepers
1661  v:expel  obj=peacekeeper|peacekeeping|bluehelmet|blue-helmet@target
1661  v:withdraw  obj=peacekeeper|peacekeeping|bluehelmet|blue-helmet@target
1661  v:recall  obj=peacekeeper|peacekeeping|bluehelmet|blue-helmet@target
1661  v:evacuate  obj=peacekeeper|peacekeeping|bluehelmet|blue-helmet@target
1661  v:eject  obj=peacekeeper|peacekeeping|bluehelmet|blue-helmet@target
1661  v:expel  obj=force|troop|troops|mission|contingent(amod=peacekeeping|international)
1661  v:withdraw  obj=force|troop|troops|mission|contingent(amod=peacekeeping|international)
1661  v:recall  obj=force|troop|troops|mission|contingent(amod=peacekeeping|international)
1661  v:expel  obj=mission|force@target(compound=peacekeeping|stabilization|stabilisation)
1661  v:withdraw  obj=mission|force@target(compound=peacekeeping|stabilization|stabilisation)
1661  v:pull+out  obj=peacekeeper|peacekeeping|bluehelmet|blue-helmet@target
1661  v:order  obj=peacekeeper|peacekeeping|bluehelmet|blue-helmet@target  xcomp=leave
1661  v:end  obj=mission|mandate@target(compound=peacekeeping|stabilization|stabilisation)
1661  v:terminate  obj=mission|mandate@target(compound=peacekeeping|stabilization|stabilisation)
1661  v:end  obj=mandate(poss=mission|force)
1661  v:kick+out  obj=peacekeeper|peacekeeping|bluehelmet|blue-helmet@target
1661  n:withdrawal  of=peacekeeper|peacekeeping|bluehelmet|blue-helmet
1661  n:expulsion  of=peacekeeper|peacekeeping|bluehelmet|blue-helmet

## 1662 Expel or withdraw inspectors, observers
1662  v:expel  obj=inspector|observer|monitor|investigator|rapporteur|auditor@target
1662  v:withdraw  obj=inspector|observer|monitor|investigator|rapporteur|auditor@target
1662  v:eject  obj=inspector|observer|monitor|investigator|rapporteur|auditor@target
1662  v:ban  obj=inspector|observer|monitor|investigator|rapporteur|auditor@target
1662  v:bar  obj=inspector|observer|monitor|investigator|rapporteur|auditor@target
1662  v:recall  obj=inspector|observer|monitor|investigator|rapporteur|auditor@target
1662  v:evacuate  obj=inspector|observer|monitor|investigator|rapporteur|auditor@target
1662  v:order  obj=inspector|observer|monitor|investigator|rapporteur|auditor@target  xcomp=leave
1662  v:kick+out  obj=inspector|observer|monitor|investigator|rapporteur|auditor@target
1662  v:pull+out  obj=inspector|observer|monitor|investigator|rapporteur|auditor@target
1662  v:revoke  obj=accreditation|visa|credential@target(of=inspector|observer|monitor|investigator|rapporteur|auditor)
1662  v:end  obj=mission|mandate@target(compound=monitoring|observer|observation)
1662  v:end  obj=cooperation@target  with=inspector|watchdog|agency
1662  v:remove  obj=camera|seal|equipment@target(compound=monitoring|surveillance)
1662  v:disconnect  obj=camera|equipment@target(compound=monitoring|surveillance)
1662  n:expulsion  of=inspector|observer|monitor|investigator|rapporteur|auditor
1662  n:withdrawal  of=inspector|observer|monitor|investigator|rapporteur|auditor

## 1663 Expel or withdraw aid agencies
1663  v:expel  obj=agency|ngo|organization|organisation|group|charity|worker|staff|volunteer@target(amod=aid|humanitarian|relief|foreign|international)
1663  v:ban  obj=agency|ngo|organization|organisation|group|charity|worker|staff|volunteer@target(amod=aid|humanitarian|relief|foreign|international)
1663  v:suspend  obj=agency|ngo|organization|organisation|group|charity|worker|staff|volunteer@target(amod=aid|humanitarian|relief|foreign|international)
1663  v:evict  obj=agency|ngo|organization|organisation|group|charity|worker|staff|volunteer@target(amod=aid|humanitarian|relief|foreign|international)
1663  v:eject  obj=agency|ngo|organization|organisation|group|charity|worker|staff|volunteer@target(amod=aid|humanitarian|relief|foreign|international)
1663  v:expel  obj=agency|ngo|organization|organisation|group|charity|worker|staff|volunteer@target(compound=aid|relief)
1663  v:ban  obj=agency|ngo|organization|organisation|group|charity|worker|staff|volunteer@target(compound=aid|relief)
1663  v:suspend  obj=agency|ngo|organization|organisation|group|charity|worker|staff|volunteer@target(compound=aid|relief)
1663  v:order  obj=agency|ngo|worker|charity@target(amod=aid|humanitarian|relief|foreign)  xcomp=leave
1663  v:kick+out  obj=agency|ngo|worker|charity@target(amod=aid|humanitarian|relief|foreign)
1663  v:shut  obj=office|operation(poss=agency|ngo|charity)
1663  v:close  obj=office|operation(poss=agency|ngo|charity)
1663  v:revoke  obj=license|licence|permit|registration@target(of=agency|ngo|charity|organization|organisation)
1663  v:suspend  obj=operation|activity(of=agency|ngo|charity|organization|organisation)
1663  v:withdraw  obj=worker|staff@target(amod=aid|humanitarian|relief)
1663  v:withdraw  obj=worker|staff@target(compound=aid|relief)
1663  n:expulsion  of=agency|ngo|worker(amod=aid|humanitarian)
1663  v:ban  obj=ngo|agency@target  from=operating|working|country

## Added after reading Wikinews news prose (2026-11-29): bans and suspensions of a target
163  v:ban  obj@target
163  v:ban  obj@target  from
163  v:designate  obj@target  as=organization|organisation|group|sponsor(amod=terrorist)
163  v:levy  obj=sanction|tariff|penalty  on|against@target
163  v:slap  obj=sanction|tariff|penalty  on|against@target
163  v:tighten  obj=sanction|embargo  on|against@target
1621  v:suspend  obj=flight|trade|import|export|aid  to|from|with@target
162  v:suspend  obj=aid|assistance|delivery|program|programme|shipment
162  v:halt  obj=aid|assistance|delivery|shipment
161  v:suspend  obj=link|tie|relation|flight  with@target
161  v:sever  obj=link|tie|relation  with@target

## Added from the PLOVER development half (odd ids) and Wikinews verbs with no pattern (2026-11-29)
160  v:suspend  obj=link|flight|connection  with|to@target
160  v:halt  obj=link|flight|connection  with|to@target
160  v:cut  obj=link|flight|connection  with|to@target
160  v:announce  obj=suspension|halt|cutoff|freeze(of=link|flight|tie|relation|connection|contact|cooperation(with@target))
1622  v:suspend  obj=part|portion|half(of=program|programme|aid|assistance|package(amod=military))
162  v:suspend  obj=part|portion|half(of=program|programme|aid|assistance|package|funding)
1622  v:suspend  obj=program|programme|package|sale(amod=military)
1622  v:suspend  obj=program|programme|package(amod=military)  for|to@target

## Unrestricted forms of lemma lists whose nested restriction applies to every alternative (2026-11-29)
1623  v:cut  obj=food|relief
1623  v:suspend  obj=food|relief
1623  v:halt  obj=food|relief
1623  v:freeze  obj=food|relief
1623  v:withhold  obj=food|relief
1623  v:stop  obj=food|relief
1623  v:reduce  obj=food|relief
1623  v:end  obj=food|relief
1623  v:slash  obj=food|relief
1623  v:withdraw  obj=food|relief
1623  v:cut  obj=food|relief  to|for@target
1623  v:suspend  obj=food|relief  to|for@target
1623  v:halt  obj=food|relief  to|for@target
1623  v:freeze  obj=food|relief  to|for@target
1623  v:withhold  obj=food|relief  to|for@target
1623  v:cut+off  obj=food|relief
1623  v:cut+off  obj=food|relief  to|for@target
1623  n:suspension  of=food|relief
1623  n:cut  in|to=food|relief
165  v:end  obj=mediation
165  v:suspend  obj=mediation
165  v:abandon  obj=mediation
165  v:halt  obj=mediation
165  v:quit  obj=mediation
165  v:stop  obj=mediation
165  v:withdraw  from=mediation
165  v:pull+out  of=mediation
165  v:give+up  obj=mediation
