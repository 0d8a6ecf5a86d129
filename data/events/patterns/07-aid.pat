# dyad event dictionary: CAMEO root 07 (PROVIDE AID)
# Format: data/events/FORMAT.md. One pattern per line: CODE  TRIGGER  ARGUMENTS...
@format 1
@version 0.1.0

## 070 Provide aid, not specified below
070  v:aid  obj@target
070  v:help  obj@target
070  v:assist  obj@target
070  v:rescue  obj@target
070  v:provide  obj=aid|assistance|help|support  to@target
070  v:give  obj=aid|assistance|help|support  to@target
070  v:send  obj=aid|assistance|help|support  to@target
070  v:deliver  obj=aid|assistance|help|support  to@target
070  v:extend  obj=aid|assistance|help|support  to@target
070  v:grant  obj=aid|assistance|help|support  to@target
070  v:donate  obj=aid|assistance|help|support  to@target
070  v:channel  obj=aid|assistance|help|support  to@target
070  v:give  iobj@target  obj=aid|assistance|help|support
070  v:send  iobj@target  obj=aid|assistance|help|support
070  v:grant  iobj@target  obj=aid|assistance|help|support
070  v:provide  obj=aid|assistance|help
070  v:give  obj=aid|assistance|help
070  v:send  obj=aid|assistance|help
070  v:deliver  obj=aid|assistance|help
070  v:receive  obj=aid|assistance|help|support  from@source  nsubj@target
070  v:get  obj=aid|assistance|help|support  from@source  nsubj@target
070  v:accept  obj=aid|assistance|help|support  from@source  nsubj@target
070  v:obtain  obj=aid|assistance|help|support  from@source  nsubj@target
070  v:donate  obj  to@target
070  v:allocate  obj=aid|assistance|fund|money  for@target
070  v:earmark  obj=aid|assistance|fund|money  for@target
070  v:support  obj@target  with=aid|fund|money|assistance
070  n:aid  to|for@target
070  n:aid  poss@source  to|for@target
070  n:assistance  to|for@target
070  n:aid  from@source
070  v:come  to=aid|rescue|assistance(poss@target)
070  v:lend  obj=hand|support  to@target

## 071 Provide economic aid
071  v:lend  obj  to@target
071  v:lend  iobj@target  obj
071  v:loan  obj  to@target
071  v:provide  obj=loan|credit|grant|funding|fund|money|bailout|tranche|cash|package|financing  to|for@target
071  v:give  obj=loan|credit|grant|funding|fund|money|bailout|tranche|cash|package|financing  to|for@target
071  v:extend  obj=loan|credit|grant|funding|fund|money|bailout|tranche|cash|package|financing  to|for@target
071  v:grant  obj=loan|credit|grant|funding|fund|money|bailout|tranche|cash|package|financing  to|for@target
071  v:approve  obj=loan|credit|grant|funding|fund|money|bailout|tranche|cash|package|financing  to|for@target
071  v:disburse  obj=loan|credit|grant|funding|fund|money|bailout|tranche|cash|package|financing  to|for@target
071  v:release  obj=loan|credit|grant|funding|fund|money|bailout|tranche|cash|package|financing  to|for@target
071  v:transfer  obj=loan|credit|grant|funding|fund|money|bailout|tranche|cash|package|financing  to|for@target
071  v:offer  obj=loan|credit|grant|funding|fund|money|bailout|tranche|cash|package|financing  to|for@target
071  v:provide  obj=aid|assistance|support|help(amod=economic|financial|budgetary|budget)  to@target
071  v:give  obj=aid|assistance|support|help(amod=economic|financial|budgetary|budget)  to@target
071  v:extend  obj=aid|assistance|support|help(amod=economic|financial|budgetary|budget)  to@target
071  v:grant  obj=aid|assistance|support|help(amod=economic|financial|budgetary|budget)  to@target
071  v:give  iobj@target  obj=loan|credit|grant|funding|fund|money|bailout|tranche|cash|package|financing
071  v:fund  obj@target
071  v:finance  obj@target
071  v:subsidize  obj@target
071  v:subsidise  obj@target
071  v:bankroll  obj@target
071  v:bail+out  obj@target
071  v:forgive  obj=debt(poss@target)
071  v:cancel  obj=debt(poss@target)
071  v:restructure  obj=debt(poss@target)
071  v:reschedule  obj=debt(poss@target)
071  v:write+off  obj=debt(poss@target)
071  v:approve  obj=loan|bailout|package|tranche|disbursement|aid  for@target
071  v:pour  obj=money|billion|million|fund  into@target
071  v:receive  obj=loan|credit|grant|funding|fund|money|bailout|tranche|cash|package|financing  from@source  nsubj@target
071  v:secure  obj=loan|credit|grant|funding|fund|money|bailout|tranche|cash|package|financing  from@source  nsubj@target
071  v:obtain  obj=loan|credit|grant|funding|fund|money|bailout|tranche|cash|package|financing  from@source  nsubj@target
071  v:get  obj=loan|credit|grant|funding|fund|money|bailout|tranche|cash|package|financing  from@source  nsubj@target
071  v:win  obj=loan|credit|grant|funding|fund|money|bailout|tranche|cash|package|financing  from@source  nsubj@target
071  n:loan  to|for@target
071  n:loan  from@source
071  n:bailout  of|for@target
071  n:aid  amod=economic|financial  to|for@target
071  v:prop+up  obj=economy|currency|budget(poss@target)
071  v:inject  obj=money|billion|million|fund|cash|capital  into@target

## 072 Provide military aid
072  v:arm  obj@target
072  v:equip  obj@target
072  v:rearm  obj@target
072  v:supply  obj=weapon|arm|ammunition|munition|missile|tank|jet|drone|equipment|artillery|rocket|system|howitzer|helicopter|warship|fighter|rifle|vehicle  to@target
072  v:provide  obj=weapon|arm|ammunition|munition|missile|tank|jet|drone|equipment|artillery|rocket|system|howitzer|helicopter|warship|fighter|rifle|vehicle  to@target
072  v:send  obj=weapon|arm|ammunition|munition|missile|tank|jet|drone|equipment|artillery|rocket|system|howitzer|helicopter|warship|fighter|rifle|vehicle  to@target
072  v:deliver  obj=weapon|arm|ammunition|munition|missile|tank|jet|drone|equipment|artillery|rocket|system|howitzer|helicopter|warship|fighter|rifle|vehicle  to@target
072  v:give  obj=weapon|arm|ammunition|munition|missile|tank|jet|drone|equipment|artillery|rocket|system|howitzer|helicopter|warship|fighter|rifle|vehicle  to@target
072  v:transfer  obj=weapon|arm|ammunition|munition|missile|tank|jet|drone|equipment|artillery|rocket|system|howitzer|helicopter|warship|fighter|rifle|vehicle  to@target
072  v:sell  obj=weapon|arm|ammunition|munition|missile|tank|jet|drone|equipment|artillery|rocket|system|howitzer|helicopter|warship|fighter|rifle|vehicle  to@target
072  v:ship  obj=weapon|arm|ammunition|munition|missile|tank|jet|drone|equipment|artillery|rocket|system|howitzer|helicopter|warship|fighter|rifle|vehicle  to@target
072  v:airlift  obj=weapon|arm|ammunition|munition|missile|tank|jet|drone|equipment|artillery|rocket|system|howitzer|helicopter|warship|fighter|rifle|vehicle  to@target
072  v:supply  obj@target  with=weapon|arm|ammunition|munition|missile|tank|jet|drone|equipment|artillery|rocket|system|howitzer|helicopter|warship|fighter|rifle|vehicle
072  v:provide  obj@target  with=weapon|arm|ammunition|munition|missile|tank|jet|drone|equipment|artillery|rocket|system|howitzer|helicopter|warship|fighter|rifle|vehicle
072  v:train  obj@target
072  v:train  obj=troop|troops|force|soldier|army|police|officer|fighter|pilot(poss@target)
072  v:approve  obj=sale|transfer|delivery|shipment|package(compound=arm|weapon)  to@target
072  v:authorize  obj=sale|transfer|delivery|shipment|package(compound=arm|weapon)  to@target
072  v:authorise  obj=sale|transfer|delivery|shipment|package(compound=arm|weapon)  to@target
072  v:clear  obj=sale|transfer|delivery|shipment|package(compound=arm|weapon)  to@target
072  v:receive  obj=weapon|arm|ammunition|munition|missile|tank|jet|drone|equipment|artillery|rocket|system|howitzer|helicopter|warship|fighter|rifle|vehicle  from@source  nsubj@target
072  v:acquire  obj=weapon|arm|ammunition|munition|missile|tank|jet|drone|equipment|artillery|rocket|system|howitzer|helicopter|warship|fighter|rifle|vehicle  from@source  nsubj@target
072  v:obtain  obj=weapon|arm|ammunition|munition|missile|tank|jet|drone|equipment|artillery|rocket|system|howitzer|helicopter|warship|fighter|rifle|vehicle  from@source  nsubj@target
072  v:get  obj=weapon|arm|ammunition|munition|missile|tank|jet|drone|equipment|artillery|rocket|system|howitzer|helicopter|warship|fighter|rifle|vehicle  from@source  nsubj@target
072  v:buy  obj=weapon|arm|jet|tank|missile|system|drone|warship|helicopter|fighter  from@source  nsubj@target
072  v:purchase  obj=weapon|arm|jet|tank|missile|system|drone|warship|helicopter|fighter  from@source  nsubj@target
072  n:aid  amod=military|lethal  to|for@target
072  n:assistance  amod=military|security  to|for@target
072  n:package  compound=arm|weapon|security  for@target
072  n:delivery  compound=arm|weapon  to@target
072  n:sale  compound=arm|weapon  to@target
072  v:provide  obj=aid|assistance|support(amod=military|lethal|security)  to@target
072  v:give  obj=aid|assistance|support(amod=military|lethal|security)  to@target
072  v:extend  obj=aid|assistance|support(amod=military|lethal|security)  to@target
072  v:bolster  obj=defense|defence|military|army|force(poss@target)
072  v:advise  obj=troop|troops|force|army|military(poss@target)
072  v:send  obj=adviser|advisor|instructor|trainer  to@target

## 073 Provide humanitarian aid
073  v:send  obj=food|medicine|relief|supply|supplies|shelter|tent|blanket|water|vaccine|dose|ration|grain|flour|rice  to@target
073  v:provide  obj=food|medicine|relief|supply|supplies|shelter|tent|blanket|water|vaccine|dose|ration|grain|flour|rice  to@target
073  v:deliver  obj=food|medicine|relief|supply|supplies|shelter|tent|blanket|water|vaccine|dose|ration|grain|flour|rice  to@target
073  v:distribute  obj=food|medicine|relief|supply|supplies|shelter|tent|blanket|water|vaccine|dose|ration|grain|flour|rice  to@target
073  v:donate  obj=food|medicine|relief|supply|supplies|shelter|tent|blanket|water|vaccine|dose|ration|grain|flour|rice  to@target
073  v:airlift  obj=food|medicine|relief|supply|supplies|shelter|tent|blanket|water|vaccine|dose|ration|grain|flour|rice  to@target
073  v:airdrop  obj=food|medicine|relief|supply|supplies|shelter|tent|blanket|water|vaccine|dose|ration|grain|flour|rice  to@target
073  v:ship  obj=food|medicine|relief|supply|supplies|shelter|tent|blanket|water|vaccine|dose|ration|grain|flour|rice  to@target
073  v:truck  obj=food|medicine|relief|supply|supplies|shelter|tent|blanket|water|vaccine|dose|ration|grain|flour|rice  to@target
073  v:send  obj=food|medicine|relief|supply|supplies|shelter|tent|blanket|water|vaccine|dose|ration|grain|flour|rice
073  v:provide  obj=food|medicine|relief|supply|supplies|shelter|tent|blanket|water|vaccine|dose|ration|grain|flour|rice
073  v:deliver  obj=food|medicine|relief|supply|supplies|shelter|tent|blanket|water|vaccine|dose|ration|grain|flour|rice
073  v:distribute  obj=food|medicine|relief|supply|supplies|shelter|tent|blanket|water|vaccine|dose|ration|grain|flour|rice
073  v:airlift  obj=food|medicine|relief|supply|supplies|shelter|tent|blanket|water|vaccine|dose|ration|grain|flour|rice
073  v:airdrop  obj=food|medicine|relief|supply|supplies|shelter|tent|blanket|water|vaccine|dose|ration|grain|flour|rice
073  v:send  obj=aid|assistance|help|support(amod=humanitarian|emergency|medical)  to@target
073  v:provide  obj=aid|assistance|help|support(amod=humanitarian|emergency|medical)  to@target
073  v:deliver  obj=aid|assistance|help|support(amod=humanitarian|emergency|medical)  to@target
073  v:give  obj=aid|assistance|help|support(amod=humanitarian|emergency|medical)  to@target
073  v:extend  obj=aid|assistance|help|support(amod=humanitarian|emergency|medical)  to@target
073  v:send  obj=aid|assistance|help(amod=humanitarian|emergency|medical)
073  v:provide  obj=aid|assistance|help(amod=humanitarian|emergency|medical)
073  v:deliver  obj=aid|assistance|help(amod=humanitarian|emergency|medical)
073  v:send  obj=team|doctor|worker(amod=medical|rescue)  to@target
073  v:send  obj=team(compound=rescue)  to@target
073  v:evacuate  obj=civilian|resident|people|wounded|survivor|migrant|refugee|child|family
073  v:rescue  obj=civilian|resident|people|wounded|survivor|migrant|refugee|child|family
073  v:treat  obj=wounded|injured|patient|refugee|victim
073  v:shelter  obj=refugee|displaced|evacuee|people|family
073  v:feed  obj=refugee|displaced|people|family|child
073  v:vaccinate  obj
073  v:receive  obj=food|medicine|relief|supply|supplies|shelter|tent|blanket|water|vaccine|dose|ration|grain|flour|rice  from@source  nsubj@target
073  v:get  obj=food|medicine|relief|supply|supplies|shelter|tent|blanket|water|vaccine|dose|ration|grain|flour|rice  from@source  nsubj@target
073  v:receive  obj=aid|assistance(amod=humanitarian|emergency)  from@source  nsubj@target
073  n:aid  amod=humanitarian|emergency  to|for@target
073  n:relief  for@target
073  n:airdrop  of=food|medicine|relief|supply|supplies|shelter|tent|blanket|water|vaccine|dose|ration|grain|flour|rice
073  n:convoy  compound=aid  to@target
073  n:shipment  of=food|medicine|relief|supply|supplies|shelter|tent|blanket|water|vaccine|dose|ration|grain|flour|rice  to@target

## 074 Provide military protection or peacekeeping
074  v:deploy  obj=peacekeeper|monitor  to|in@target
074  v:send  obj=peacekeeper|monitor  to|in@target
074  v:dispatch  obj=peacekeeper|monitor  to|in@target
074  v:station  obj=peacekeeper|monitor  to|in@target
074  v:contribute  obj=peacekeeper|monitor  to|in@target
074  v:deploy  obj=force|mission|troop|troops(amod=peacekeeping|multinational|stabilization|stabilisation)  to|in@target
074  v:send  obj=force|mission|troop|troops(amod=peacekeeping|multinational|stabilization|stabilisation)  to|in@target
074  v:dispatch  obj=force|mission|troop|troops(amod=peacekeeping|multinational|stabilization|stabilisation)  to|in@target
074  v:deploy  obj=force|mission(compound=peacekeeping|stabilization|stabilisation|protection)  to|in@target
074  v:send  obj=force|mission(compound=peacekeeping|stabilization|stabilisation|protection)  to|in@target
074  v:protect  obj@target
074  v:guard  obj@target
074  v:escort  obj@target
074  v:defend  obj@target  against|from=attack|invasion|aggression|threat|incursion
074  v:shield  obj@target  from=attack|invasion|aggression|missile|threat
074  v:escort  obj=convoy|ship|vessel|tanker
074  v:lead  obj=mission|force(compound=peacekeeping|stabilization|protection)
074  v:extend  obj=umbrella|protection|guarantee|cover(amod=security|nuclear|air)  to@target
074  v:provide  obj=umbrella|protection|guarantee|cover(amod=security|nuclear|air)  to@target
074  v:offer  obj=umbrella|protection|guarantee|cover(amod=security|nuclear|air)  to@target
074  v:provide  obj=protection|security|cover  to|for@target
074  v:come  to=aid(poss@target)  advmod=militarily
074  v:enforce  obj=zone(amod=no-fly|buffer|safe)
074  v:police  obj=ceasefire|truce|border|zone
074  n:peacekeeper  in@target
074  n:mission  compound=peacekeeping  in|to@target
074  n:force  compound=peacekeeping  in|to@target
074  v:guarantee  obj=security(poss@target)
074  v:defend  obj@target  advmod=militarily
074  v:intervene  advmod=militarily  on_behalf_of|in_support_of@target

## 075 Grant asylum
075  v:grant  obj=asylum|refuge|sanctuary|protection(amod=political)  to@target
075  v:give  obj=asylum|refuge|sanctuary|protection(amod=political)  to@target
075  v:offer  obj=asylum|refuge|sanctuary|protection(amod=political)  to@target
075  v:grant  iobj@target  obj=asylum|refuge|sanctuary
075  v:give  iobj@target  obj=asylum|refuge|sanctuary
075  v:offer  iobj@target  obj=asylum|refuge|sanctuary
075  v:shelter  obj@target
075  v:harbor  obj@target
075  v:harbour  obj@target
075  v:take+in  obj=refugee|migrant|asylum-seeker|evacuee@target
075  v:admit  obj=refugee|migrant|asylum-seeker|evacuee|dissident@target
075  v:accept  obj=refugee|migrant|asylum-seeker|evacuee|dissident@target
075  v:resettle  obj=refugee|migrant|asylum-seeker|evacuee|dissident@target
075  v:welcome  obj=refugee|migrant|asylum-seeker|evacuee|dissident@target
075  v:host  obj=refugee|migrant|asylum-seeker|evacuee|dissident@target
075  n:asylum  for@target
075  n:asylum  to@target
075  v:receive  obj=asylum|refuge  from|in@source  nsubj@target
075  v:win  obj=asylum|refuge  from|in@source  nsubj@target
075  v:obtain  obj=asylum|refuge  from|in@source  nsubj@target
075  v:get  obj=asylum|refuge  from|in@source  nsubj@target
075  v:give  obj=shelter  to=dissident|refugee|fugitive|exile
075  v:let  obj@target  xcomp=stay
075  v:approve  obj=application|request|claim@target(compound=asylum)

## Added from the PLOVER development half (odd ids) and Wikinews verbs with no pattern (2026-11-29)
073  v:hand+over  obj=food|medicine|relief|supply|supplies|aid|assistance|tent|blanket|vaccine|dose  to@target
073  v:hand+over  obj=kg|kilogram|ton|tonne|shipment|consignment|truckload|load|package|batch|box|carton(of=food|medicine|relief|supply|supplies|aid|vaccine|grain|flour|rice|tent|blanket|water)  to@target
073  v:deliver  obj=kg|kilogram|ton|tonne|shipment|consignment|truckload|load|package|batch|box|carton(of=food|medicine|relief|supply|supplies|aid|vaccine|grain|flour|rice|tent|blanket|water)  to@target
073  v:send  obj=kg|kilogram|ton|tonne|shipment|consignment|truckload|load|package|batch|box|carton(of=food|medicine|relief|supply|supplies|aid|vaccine|grain|flour|rice|tent|blanket|water)  to@target
073  v:provide  obj=kg|kilogram|ton|tonne|shipment|consignment|truckload|load|package|batch|box|carton(of=food|medicine|relief|supply|supplies|aid|vaccine|grain|flour|rice|tent|blanket|water)  to@target
073  v:donate  obj=kg|kilogram|ton|tonne|shipment|consignment|truckload|load|package|batch|box|carton(of=food|medicine|relief|supply|supplies|aid|vaccine|grain|flour|rice|tent|blanket|water)  to@target
073  v:airlift  obj=kg|kilogram|ton|tonne|shipment|consignment|load|package|batch(of=food|medicine|relief|supply|supplies|aid|vaccine|grain|flour|rice|tent|blanket|water)  to@target
070  v:deliver  obj=good|goods|worth|package|consignment|shipment|donation  to@target
070  v:hand+over  obj=donation|good|goods|check|cheque|fund  to@target
073  v:hand  obj=food|medicine|relief|supply|supplies|aid|assistance|tent|blanket|vaccine|dose  to@target
073  v:hand  obj=kg|kilogram|ton|tonne|shipment|consignment|truckload|load|package|batch|box|carton(of=food|medicine|relief|supply|supplies|aid|vaccine|grain|flour|rice|tent|blanket|water)  to@target
075  v:grant  obj=asylum|refuge|sanctuary  to@target
075  v:give  obj=asylum|refuge|sanctuary  to@target
075  v:offer  obj=asylum|refuge|sanctuary  to@target
