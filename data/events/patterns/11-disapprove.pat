# dyad event dictionary: CAMEO root 11 (DISAPPROVE)
# Format: data/events/FORMAT.md. One pattern per line: CODE  TRIGGER  ARGUMENTS...
@format 1
@version 0.1.0

## 110 Disapprove, not specified below
110  v:disapprove  of@target
110  v:object  to@target
110  v:oppose  obj@target
110  v:express  obj=disapproval|displeasure|dismay|anger|outrage|frustration|disappointment|indignation|opposition|objection|unease  over|at|with|to@target
110  v:voice  obj=disapproval|displeasure|dismay|anger|outrage|frustration|disappointment|indignation|opposition|objection|unease  over|at|with|to@target
110  v:register  obj=disapproval|displeasure|dismay|anger|outrage|frustration|disappointment|indignation|opposition|objection|unease  over|at|with|to@target
110  v:express  obj=disapproval|displeasure|dismay|anger|outrage|frustration|disappointment|indignation|opposition|objection
110  v:voice  obj=disapproval|displeasure|dismay|anger|outrage|frustration|disappointment|indignation|opposition|objection
110  v:register  obj=disapproval|displeasure|dismay|anger|outrage|frustration|disappointment|indignation|opposition|objection
110  v:frown  on|upon@target
110  v:regret  obj=decision|move|step|refusal(poss@target)
110  a:unhappy  with|at|by|about|over@target
110  a:disappointed  with|at|by|about|over@target
110  a:dissatisfied  with|at|by|about|over@target
110  a:displeased  with|at|by|about|over@target
110  a:upset  with|at|by|about|over@target
110  a:angry  with|at|by|about|over@target
110  a:furious  with|at|by|about|over@target
110  a:angered  with|at|by|about|over@target
110  a:dismayed  with|at|by|about|over@target
110  a:frustrated  with|at|by|about|over@target
110  v:take  obj=issue  with@target
110  v:disagree  with@target
110  v:question  obj=decision|legitimacy|motive|commitment|sincerity|credibility|role|wisdom(poss@target)
110  v:resent  obj@target
110  n:opposition  to@target
110  n:objection  to@target
110  v:bristle  at@target
110  v:balk  at@target
110  v:complain  about|of@target
110  v:warn  obj@target  against=move|step|decision|action|interference
110  v:caution  obj@target  against
110  v:snub  obj@target
110  v:shun  obj@target
110  v:ignore  obj=call|appeal|plea|request|invitation(poss@target)
110  v:boycott  obj=ceremony|event|inauguration|speech|session|vote|celebration
110  v:walk+out  of=session|meeting|speech|hall|chamber
110  v:stage  obj=walkout  during=speech|session|address
110  v:doubt  obj@target
110  v:distrust  obj@target

## 111 Criticize or denounce
111  v:criticize  obj@target
111  v:criticise  obj@target
111  v:condemn  obj@target
111  v:denounce  obj@target
111  v:slam  obj@target
111  v:blast  obj@target
111  v:castigate  obj@target
111  v:censure  obj@target
111  v:chastise  obj@target
111  v:rebuke  obj@target
111  v:reprimand  obj@target
111  v:scold  obj@target
111  v:berate  obj@target
111  v:lambaste  obj@target
111  v:decry  obj@target
111  v:deplore  obj@target
111  v:assail  obj@target
111  v:fault  obj@target
111  v:pan  obj@target
111  v:excoriate  obj@target
111  v:deride  obj@target
111  v:ridicule  obj@target
111  v:mock  obj@target
111  v:vilify  obj@target
111  v:demonize  obj@target
111  v:demonise  obj@target
111  v:taunt  obj@target
111  v:insult  obj@target
111  v:disparage  obj@target
111  v:belittle  obj@target
111  v:bash  obj@target
111  v:admonish  obj@target
111  v:upbraid  obj@target
111  v:criticize  obj@target  for
111  v:criticise  obj@target  for
111  v:condemn  obj@target  for
111  v:denounce  obj@target  for
111  v:slam  obj@target  for
111  v:blast  obj@target  for
111  v:rebuke  obj@target  for
111  v:condemn  obj=attack|killing|bombing|decision|move|action|policy|violence|crackdown|arrest|remark|statement|treatment|test|launch|invasion|incursion|strike(poss@target)
111  v:denounce  obj=attack|killing|bombing|decision|move|action|policy|violence|crackdown|arrest|remark|statement|treatment|test|launch|invasion|incursion|strike(poss@target)
111  v:criticize  obj=attack|killing|bombing|decision|move|action|policy|violence|crackdown|arrest|remark|statement|treatment|test|launch|invasion|incursion|strike(poss@target)
111  v:criticise  obj=attack|killing|bombing|decision|move|action|policy|violence|crackdown|arrest|remark|statement|treatment|test|launch|invasion|incursion|strike(poss@target)
111  v:decry  obj=attack|killing|bombing|decision|move|action|policy|violence|crackdown|arrest|remark|statement|treatment|test|launch|invasion|incursion|strike(poss@target)
111  v:deplore  obj=attack|killing|bombing|decision|move|action|policy|violence|crackdown|arrest|remark|statement|treatment|test|launch|invasion|incursion|strike(poss@target)
111  v:slam  obj=attack|killing|bombing|decision|move|action|policy|violence|crackdown|arrest|remark|statement|treatment|test|launch|invasion|incursion|strike(poss@target)
111  v:lash+out  at|against@target
111  v:hit+out  at@target
111  v:rail  against@target
111  v:inveigh  against@target
111  v:round  on@target
111  v:speak+out  against@target
111  v:attack  obj@target  advmod=verbally
111  v:hit+back  at@target
111  v:call  obj@target  xcomp=dictator|liar|criminal|terrorist|thug|tyrant|murderer|puppet|fascist|disgrace|failure|butcher|hypocrite|illegitimate|irresponsible|racist|clown|regime
111  v:brand  obj@target  xcomp=dictator|liar|criminal|terrorist|thug|tyrant|murderer|puppet|fascist|disgrace|failure|butcher|hypocrite|illegitimate|irresponsible|racist|regime|pariah|threat
111  v:label  obj@target  xcomp=dictator|liar|criminal|terrorist|thug|tyrant|murderer|puppet|fascist|disgrace|failure|butcher|hypocrite|illegitimate|irresponsible|racist|regime|pariah|threat
111  v:dub  obj@target  xcomp=dictator|liar|criminal|terrorist|thug|tyrant|murderer|puppet|fascist|disgrace|failure|butcher|hypocrite|illegitimate|irresponsible|racist|regime|pariah|threat
111  v:brand  obj@target  as=dictator|liar|criminal|terrorist|thug|tyrant|murderer|puppet|fascist|disgrace|failure|butcher|hypocrite|illegitimate|irresponsible|racist|regime|pariah|threat
111  v:label  obj@target  as=dictator|liar|criminal|terrorist|thug|tyrant|murderer|puppet|fascist|disgrace|failure|butcher|hypocrite|illegitimate|irresponsible|racist|regime|pariah|threat
111  v:describe  obj@target  as=dictator|liar|criminal|terrorist|thug|tyrant|murderer|puppet|fascist|disgrace|failure|butcher|hypocrite|illegitimate|irresponsible|racist|regime|pariah|threat
111  n:criticism  of@target
111  n:condemnation  of@target
111  n:criticism  poss@source  of@target
111  n:condemnation  poss@source  of@target
111  v:draw  obj=criticism|condemnation|rebuke|censure|ire|anger|outrage  from@source  nsubj@target
111  v:face  obj=criticism|condemnation|rebuke|censure|ire|anger|outrage  from@source  nsubj@target
111  v:attract  obj=criticism|condemnation|rebuke|censure|ire|anger|outrage  from@source  nsubj@target
111  v:earn  obj=criticism|condemnation|rebuke|censure|ire|anger|outrage  from@source  nsubj@target
111  v:provoke  obj=criticism|condemnation|rebuke|censure|ire|anger|outrage  from@source  nsubj@target
111  v:come  under=fire|criticism|attack  from@source  nsubj@target
111  v:issue  obj=condemnation|rebuke|censure|criticism  of@target
111  v:voice  obj=criticism  of|at|against@target
111  v:level  obj=criticism  of|at|against@target
111  a:critical  of@target
111  v:accuse  obj@target  of=hypocrisy|arrogance|incompetence|failure|inaction|negligence|lying|lie|double
111  v:chide  obj@target
111  v:scorn  obj@target
111  v:lampoon  obj@target
111  v:vilify  obj=government|regime|leader|opposition

## 112 Accuse, not specified below
112  v:accuse  obj@target
112  v:blame  obj@target
112  v:implicate  obj@target
112  v:finger  obj@target
112  v:suspect  obj@target
112  v:blame  obj@target  for
112  v:blame  obj  on@target
112  v:allege  ccomp=commit|carry|order|plan|fund|support|attack|kill|use(nsubj@target)
112  v:charge  ccomp=commit|carry|order|plan|fund|support|attack|kill|use|be|have(nsubj@target)
112  v:claim  ccomp=commit|carry|order|plan|fund|attack|kill|orchestrate|stage(nsubj@target)
112  v:point  obj=finger  at@target
112  v:hold  obj@target  xcomp=responsible|accountable|culpable
112  v:attribute  obj=attack|bombing|killing|blast|explosion|hack|cyberattack|fire  to@target
112  v:link  obj@target  to=attack|plot|crime|killing|bombing|assassination|group|network|cartel|militia
112  v:tie  obj@target  to=attack|plot|crime|killing|bombing|assassination|group|network|cartel|militia
112  v:connect  obj@target  to|with=attack|plot|crime|killing|bombing|assassination
112  n:accusation  against@target
112  n:allegation  against@target
112  n:accusation  poss@source  against@target
112  n:accusation  from@source  against@target
112  v:level  obj=accusation|allegation|charge|claim  against@target
112  v:make  obj=accusation|allegation|charge|claim  against@target
112  v:lodge  obj=accusation|allegation|charge|claim  against@target
112  v:repeat  obj=accusation|allegation|charge|claim  against@target
112  v:renew  obj=accusation|allegation|charge|claim  against@target
112  v:hurl  obj=accusation|allegation|charge|claim  against@target
112  v:trade  obj=accusation|allegation|charge|claim  against@target
112  v:face  obj=accusation|allegation  from@source  nsubj@target
112  v:trade  obj=accusation|blame  !mutual
112  v:trade  obj=accusation|blame  with@target  !mutual
112  v:suspect  obj@target  of
112  v:accuse  obj@target  of
112  v:accuse  obj@target  ccomp

## 1121 Accuse of crime, corruption
1121  v:accuse  obj@target  of=corruption|fraud|bribery|graft|embezzlement|theft|crime|laundering|smuggling|trafficking|murder|rigging|manipulation|cheating|extortion|racketeering|nepotism|wrongdoing|misconduct|irregularity|mismanagement|looting|plunder|kleptocracy|impropriety
1121  v:blame  obj@target  for=corruption|fraud|bribery|graft|embezzlement|theft|crime|laundering|smuggling|trafficking|murder|rigging|manipulation|cheating|extortion|racketeering|nepotism|wrongdoing|misconduct|irregularity|mismanagement|looting|plunder|kleptocracy|impropriety
1121  n:accusation  of=corruption|fraud|bribery|graft|embezzlement|theft|crime|laundering|smuggling|trafficking|murder|rigging|manipulation|cheating|extortion|racketeering|nepotism|wrongdoing|misconduct|irregularity|mismanagement|looting|plunder|kleptocracy|impropriety  against@target
1121  n:allegation  of=corruption|fraud|bribery|graft|embezzlement|theft|crime|laundering|smuggling|trafficking|murder|rigging|manipulation|cheating|extortion|racketeering|nepotism|wrongdoing|misconduct|irregularity|mismanagement|looting|plunder|kleptocracy|impropriety  against@target
1121  v:suspect  obj@target  of=corruption|fraud|bribery|graft|embezzlement|theft|crime|laundering|smuggling|trafficking|murder|rigging|manipulation|cheating|extortion|racketeering|nepotism|wrongdoing|misconduct|irregularity|mismanagement|looting|plunder|kleptocracy|impropriety
1121  v:accuse  obj@target  of=rig|steal|embezzle|launder|smuggle|traffic|loot|plunder|defraud|bribe|siphon|pocket|misappropriate|manipulate
1121  v:blame  obj@target  for=rig|steal|embezzle|launder|smuggle|traffic|loot|plunder|defraud|bribe|siphon|pocket|misappropriate|manipulate
1121  v:accuse  obj@target  of=abuse(of=power|office)
1121  v:blame  obj@target  for=abuse(of=power|office)
1121  v:accuse  obj@target  of=take(obj=bribe|kickback|money)
1121  v:accuse  obj@target  of=commit(obj=fraud|crime)
1121  v:allege  ccomp=rig|steal|embezzle|launder|bribe|defraud(nsubj@target)
1121  v:charge  ccomp=rig|steal|embezzle|launder|bribe|defraud(nsubj@target)
1121  v:link  obj@target  to=corruption|fraud|scandal|bribery|cartel|trafficking
1121  v:implicate  obj@target  in=corruption|fraud|scandal|bribery|scheme|embezzlement|theft|murder
1121  v:call  obj@target  xcomp=corrupt|thief|crook
1121  v:brand  obj@target  xcomp=corrupt|thief|crook|kleptocrat
1121  n:allegation  of=corruption|fraud|bribery|graft|embezzlement|theft|crime|laundering|smuggling|trafficking|murder|rigging|manipulation|cheating|extortion|racketeering|nepotism|wrongdoing|misconduct|irregularity|mismanagement|looting|plunder|kleptocracy|impropriety

## 1122 Accuse of human rights abuses
1122  v:accuse  obj@target  of=abuse|violation|torture|repression|persecution|discrimination|disappearance|mistreatment|ill-treatment|brutality|oppression|detention|killing|execution|rape|crackdown|atrocity
1122  v:blame  obj@target  for=abuse|violation|torture|repression|persecution|discrimination|disappearance|mistreatment|ill-treatment|brutality|oppression|detention|killing|execution|rape|crackdown|atrocity
1122  n:accusation  of=abuse|violation|torture|repression|persecution|discrimination|disappearance|mistreatment|ill-treatment|brutality|oppression|detention|killing|execution|rape|crackdown|atrocity  against@target
1122  n:allegation  of=abuse|violation|torture|repression|persecution|discrimination|disappearance|mistreatment|ill-treatment|brutality|oppression|detention|killing|execution|rape|crackdown|atrocity  against@target
1122  v:suspect  obj@target  of=abuse|violation|torture|repression|persecution|discrimination|disappearance|mistreatment|ill-treatment|brutality|oppression|detention|killing|execution|rape|crackdown|atrocity
1122  v:accuse  obj@target  of=torture|abuse|persecute|repress|detain|mistreat|oppress|silence|disappear|kidnap|jail|imprison
1122  v:blame  obj@target  for=torture|abuse|persecute|repress|detain|mistreat|oppress|silence|disappear|kidnap|jail|imprison
1122  v:accuse  obj@target  of=use(obj=rape|torture|violence|abuse|force|detention)
1122  v:accuse  obj@target  of=violate(obj=right)
1122  v:accuse  obj@target  of=commit(obj=abuse|violation|torture|atrocity)
1122  v:accuse  obj@target  of=abuse(compound=right)
1122  v:allege  ccomp=torture|abuse|detain|persecute|mistreat|violate(nsubj@target)
1122  v:charge  ccomp=torture|abuse|detain|persecute|mistreat|violate(nsubj@target)
1122  v:implicate  obj@target  in=abuse|torture|killing|disappearance|violation
1122  v:condemn  obj@target  for=abuse|violation|torture|repression|persecution|crackdown|detention
1122  v:criticize  obj@target  for=abuse|violation|torture|repression|persecution|crackdown|detention
1122  v:denounce  obj@target  for=abuse|violation|torture|repression|persecution|crackdown|detention
1122  v:report  ccomp=torture|abuse|detain|persecute|mistreat|kill(nsubj@target)
1122  v:find  ccomp=torture|abuse|detain|persecute|mistreat|violate(nsubj@target)
1122  v:document  obj=abuse|violation|torture|killing|disappearance  by@target
1122  n:abuse  compound=right  by@target
1122  v:call  obj@target  xcomp=violator|abuser(compound=right)

## 1123 Accuse of aggression
1123  v:accuse  obj@target  of=aggression|invasion|attack|provocation|incursion|expansionism|militarism|warmongering|shelling|bombing|interference|meddling|escalation|intervention|occupation|annexation|violation|belligerence|intrusion
1123  v:blame  obj@target  for=aggression|invasion|attack|provocation|incursion|expansionism|militarism|warmongering|shelling|bombing|interference|meddling|escalation|intervention|occupation|annexation|violation|belligerence|intrusion
1123  n:accusation  of=aggression|invasion|attack|provocation|incursion|expansionism|militarism|warmongering|shelling|bombing|interference|meddling|escalation|intervention|occupation|annexation|violation|belligerence|intrusion  against@target
1123  n:allegation  of=aggression|invasion|attack|provocation|incursion|expansionism|militarism|warmongering|shelling|bombing|interference|meddling|escalation|intervention|occupation|annexation|violation|belligerence|intrusion  against@target
1123  v:suspect  obj@target  of=aggression|invasion|attack|provocation|incursion|expansionism|militarism|warmongering|shelling|bombing|interference|meddling|escalation|intervention|occupation|annexation|violation|belligerence|intrusion
1123  v:accuse  obj@target  of=attack|invade|shell|bomb|provoke|occupy|annex|violate|escalate|threaten|intervene|meddle|interfere|target|strike|fire|arm|mass|deploy
1123  v:blame  obj@target  for=attack|invade|shell|bomb|provoke|occupy|annex|violate|escalate|threaten|intervene|meddle|interfere|target|strike|fire|arm|mass|deploy
1123  v:accuse  obj@target  of=violate(obj=airspace|border|sovereignty|ceasefire|truce|territory)
1123  v:accuse  obj@target  of=violation(of=airspace|border|sovereignty|ceasefire|truce|territory)
1123  v:blame  obj@target  for=violence|clash|explosion|strike|fighting|war|conflict|crisis|tension
1123  v:allege  ccomp=attack|invade|shell|bomb|violate|fire|strike(nsubj@target)
1123  v:charge  ccomp=attack|invade|shell|bomb|violate|fire|strike(nsubj@target)
1123  v:call  obj@target  xcomp=aggressor|warmonger|occupier|invader
1123  v:brand  obj@target  xcomp=aggressor|warmonger|occupier|invader
1123  v:brand  obj@target  as=aggressor|warmonger|occupier|invader

## 1124 Accuse of war crimes
1124  v:accuse  obj@target  of=crime(compound=war)
1124  v:accuse  obj@target  of=crime(against=humanity)
1124  v:accuse  obj@target  of=genocide|massacre|atrocity|cleansing|extermination|slaughter
1124  v:accuse  obj@target  of=commit(obj=crime(compound=war))
1124  v:accuse  obj@target  of=commit(obj=crime(against=humanity))
1124  v:accuse  obj@target  of=commit(obj=genocide|atrocity|massacre)
1124  v:accuse  obj@target  of=massacre|slaughter|exterminate|gas
1124  v:blame  obj@target  for=massacre|genocide|atrocity|slaughter
1124  v:blame  obj@target  for=crime(compound=war)
1124  n:accusation  of=crime(compound=war)  against@target
1124  n:accusation  of=crime(against=humanity)  against@target
1124  n:accusation  of=genocide|atrocity|massacre  against@target
1124  n:allegation  of=crime(compound=war)  against@target
1124  n:allegation  of=genocide|atrocity|massacre  against@target
1124  v:conclude  ccomp=commit(nsubj@target obj=crime(against=humanity))
1124  v:conclude  ccomp=commit(nsubj@target obj=crime(compound=war))
1124  v:conclude  ccomp=commit(nsubj@target obj=genocide|atrocity)
1124  v:conclude  ccomp=exist(nsubj=evidence ccomp=commit(nsubj@target obj=crime))
1124  v:conclude  ccomp=exist(nsubj=evidence(acl=commit(nsubj@target obj=crime)))
1124  v:find  ccomp=exist(nsubj=evidence ccomp=commit(nsubj@target obj=crime))
1124  v:find  ccomp=exist(nsubj=evidence(acl=commit(nsubj@target obj=crime)))
1124  v:find  ccomp=commit(nsubj@target obj=crime(against=humanity))
1124  v:find  ccomp=commit(nsubj@target obj=crime(compound=war))
1124  v:find  obj=evidence(acl=commit(nsubj@target obj=crime))
1124  v:rule  ccomp=commit(nsubj@target obj=crime|genocide)
1124  v:say  ccomp=commit(nsubj@target obj=crime(against=humanity))
1124  v:say  ccomp=commit(nsubj@target obj=crime(compound=war))
1124  v:allege  ccomp=commit(nsubj@target obj=crime|genocide|atrocity)
1124  v:call  obj@target  xcomp=criminal(compound=war)
1124  v:brand  obj@target  xcomp=criminal(compound=war)
1124  v:label  obj@target  xcomp=criminal(compound=war)
1124  v:describe  obj=killing|attack|massacre(poss@target)  as=genocide|crime
1124  v:describe  obj=killing|attack|massacre(poss@target)  xcomp=genocide|crime
1124  v:call  obj=killing|attack|massacre(poss@target)  xcomp=genocide|crime

## 1125 Accuse of espionage, treason
1125  v:accuse  obj@target  of=espionage|spying|treason|sedition|subversion|sabotage|collaboration|collusion|betrayal|terrorism
1125  v:blame  obj@target  for=espionage|spying|treason|sedition|subversion|sabotage|collaboration|collusion|betrayal|terrorism
1125  n:accusation  of=espionage|spying|treason|sedition|subversion|sabotage|collaboration|collusion|betrayal|terrorism  against@target
1125  n:allegation  of=espionage|spying|treason|sedition|subversion|sabotage|collaboration|collusion|betrayal|terrorism  against@target
1125  v:suspect  obj@target  of=espionage|spying|treason|sedition|subversion|sabotage|collaboration|collusion|betrayal|terrorism
1125  v:accuse  obj@target  of=spy|collaborate|collude|betray|plot|conspire|work(for=intelligence|service|agency)
1125  v:blame  obj@target  for=spy|collaborate|collude|betray|plot|conspire|work(for=intelligence|service|agency)
1125  v:call  obj@target  xcomp=spy|traitor|agent|mercenary|collaborator
1125  v:brand  obj@target  xcomp=spy|traitor|agent|mercenary|collaborator
1125  v:brand  obj@target  as=spy|traitor|agent|mercenary|collaborator
1125  v:label  obj@target  xcomp=spy|traitor|agent|mercenary|collaborator
1125  v:denounce  obj@target  as=spy|traitor|agent|mercenary|collaborator
1125  v:allege  ccomp=spy|work(nsubj@target)

## 113 Rally opposition against
113  v:rally  obj  against@target
113  v:mobilize  obj  against@target
113  v:mobilise  obj  against@target
113  v:unite  obj  against@target
113  v:turn  obj  against@target
113  v:incite  obj  against@target
113  v:galvanize  obj  against@target
113  v:galvanise  obj  against@target
113  v:build  obj=coalition|front|alliance|opposition|case|bloc|consensus  against@target
113  v:form  obj=front|coalition|alliance|bloc  against@target
113  v:campaign  against@target
113  v:lobby  against@target
113  v:gang+up  on|against@target
113  v:stir+up  obj=opposition|hatred|anger|sentiment|feeling  against@target
113  v:whip+up  obj=opposition|hatred|anger|sentiment  against@target
113  v:urge  obj=country|nation|ally|government|member|state|community|world  xcomp=isolate|shun|boycott|condemn|sanction|oppose(obj@target)
113  v:call  on=country|nation|ally|government|member|state|community|world  xcomp=isolate|shun|boycott|condemn|sanction|oppose(obj@target)
113  v:call  for=isolation|boycott(of@target)
113  v:seek  xcomp=isolate(obj@target)
113  n:campaign  against@target
113  n:coalition  against@target
113  v:unite  against@target  !mutual
113  v:band+together  against@target  !mutual
113  v:organize  obj=opposition|resistance|campaign  against@target

## 114 Complain officially
114  v:lodge  obj=complaint|protest|note|demarche|objection  with|to@target
114  v:file  obj=complaint|protest|note|demarche|objection  with|to@target
114  v:submit  obj=complaint|protest|note|demarche|objection  with|to@target
114  v:register  obj=complaint|protest|note|demarche|objection  with|to@target
114  v:send  obj=complaint|protest|note|demarche|objection  with|to@target
114  v:deliver  obj=complaint|protest|note|demarche|objection  with|to@target
114  v:issue  obj=complaint|protest|note|demarche|objection  with|to@target
114  v:lodge  obj=complaint|protest|objection  against|over@target
114  v:file  obj=complaint|protest|objection  against|over@target
114  v:submit  obj=complaint|protest|objection  against|over@target
114  v:register  obj=complaint|protest|objection  against|over@target
114  v:lodge  obj=complaint|protest|objection
114  v:file  obj=complaint|protest|objection
114  v:summon  obj=ambassador|envoy|diplomat|charge|attache|representative@target
114  v:call+in  obj=ambassador|envoy|diplomat|charge@target
114  v:protest  to@target
114  v:complain  to@target
114  v:complain  to@target  about|over
114  v:send  obj=note|letter(compound=protest)  to@target
114  v:send  obj=letter|note  to@target  in=protest
114  v:raise  obj=concern|issue|objection|matter|complaint  with@target
114  n:complaint  to|against|with@target
114  n:protest  amod=formal|diplomatic|official  to|with@target
114  n:note  compound=protest  to@target
114  v:petition  obj=council|court|body|commission|organization  against@target
114  v:report  obj@target  to=council|commission|body|organization|committee|watchdog
114  v:refer  obj=complaint|dispute|matter  to=council|body|organization|commission|committee
114  v:convey  obj=protest|displeasure|objection  to@target
114  v:hand  obj=note(compound=protest)  to@target

## 115 Bring lawsuit against
115  v:sue  obj@target
115  v:sue  obj@target  over|for
115  v:file  obj=lawsuit|suit|case|action|claim|complaint|petition|proceeding|challenge|motion  against@target
115  v:bring  obj=lawsuit|suit|case|action|claim|complaint|petition|proceeding|challenge|motion  against@target
115  v:lodge  obj=lawsuit|suit|case|action|claim|complaint|petition|proceeding|challenge|motion  against@target
115  v:launch  obj=lawsuit|suit|case|action|claim|complaint|petition|proceeding|challenge|motion  against@target
115  v:initiate  obj=lawsuit|suit|case|action|claim|complaint|petition|proceeding|challenge|motion  against@target
115  v:institute  obj=lawsuit|suit|case|action|claim|complaint|petition|proceeding|challenge|motion  against@target
115  v:file  obj=lawsuit|suit|case|action|claim|charge
115  v:bring  obj=lawsuit|suit|case|action|claim|charge
115  v:take  obj@target  to=court|tribunal|arbitration|icj
115  v:drag  obj@target  to|into=court|tribunal|arbitration
115  v:challenge  obj@target  in=court
115  v:challenge  obj=law|decision|ruling|result|election|order(poss@target)  in=court
115  v:refer  obj@target  to=court|tribunal|icc|icj
115  v:countersue  obj@target
115  v:litigate  against@target
115  n:lawsuit  against@target
115  n:suit  against@target
115  n:case  against@target  at|in|before=court|tribunal|icj
115  n:lawsuit  poss@source  against@target
115  v:seek  obj=damages|compensation  from@target  in=court
115  v:appeal  obj=ruling|decision|verdict(poss@target)
115  v:petition  obj=court  xcomp
115  v:apply  to=court  for=injunction|order

## 116 Find guilty or liable (legally)
116  v:convict  obj@target
116  v:convict  obj@target  of
116  v:find  obj@target  xcomp=guilty|liable|culpable
116  v:sentence  obj@target
116  v:sentence  obj@target  to
116  v:rule  against@target
116  v:rule  ccomp=violate|breach|break|discriminate(nsubj@target)
116  v:fine  obj@target
116  v:order  obj@target  xcomp=pay(obj=compensation|damages|fine|reparations|restitution)
116  v:hold  obj@target  xcomp=liable
116  v:declare  obj@target  xcomp=guilty
116  v:uphold  obj=conviction|sentence|verdict(poss@target)
116  n:conviction  of@target
116  n:verdict  against@target
116  n:ruling  against@target
116  v:condemn  obj@target  to=death|prison|jail|life|year
116  v:award  obj=damages|compensation  against@target
116  v:rule  ccomp=liable|responsible|guilty(nsubj@target)
116  v:find  ccomp=violate|breach|break(nsubj@target)

## Added after reading Wikinews news prose (2026-11-29)
112  v:allege  ccomp(nsubj@target)
112  v:allege  obj=involvement|role|responsibility(amod@target)
112  v:allege  obj=involvement|role|responsibility(poss@target)
111  v:criticize  obj=decision|move|withdrawal|plan|policy(poss@target)
111  v:criticise  obj=decision|move|withdrawal|plan|policy(poss@target)
111  v:call  obj=admission|statement|decision|move(poss@target)  xcomp=maneuver|manoeuvre|betrayal|farce|mistake|disgrace

## Added from the PLOVER development half (odd ids) and Wikinews verbs with no pattern (2026-11-29)
112  v:charge  obj@target  with=support|back|aid|arm|finance|fund|harbor|harbour|shelter|incite|interfere|meddle|sponsor|provoke|stir
111  v:issue  obj=statement|declaration|communique(acl=condemn|criticize|criticise|denounce|slam(obj@target))
112  v:issue  obj=statement|declaration|communique(acl=accuse|blame(obj@target))

## Added 2026-11-29 evening: "attacked" a decision, a policy or words is verbal criticism
111  v:attack  obj=decision|proclamation|policy|plan|proposal|statement|remark|comment|move|idea|report|bill|law|ruling|order|announcement|speech|tweet|record|stance|position|approach|handling|response|deal|agreement(poss@target)
111  v:attack  obj=decision|proclamation|policy|plan|proposal|statement|remark|comment|move|idea|report|bill|law|ruling|order|announcement|speech|tweet|record|stance|position|approach|handling|response|deal|agreement
