# dyad event dictionary: CAMEO root 09 (INVESTIGATE)
# Format: data/events/FORMAT.md. One pattern per line: CODE  TRIGGER  ARGUMENTS...
@format 1
@version 0.1.0

## 090 Investigate, not specified below
090  v:investigate  obj@target
090  v:probe  obj@target
090  v:examine  obj@target
090  v:scrutinize  obj@target
090  v:scrutinise  obj@target
090  v:audit  obj@target
090  v:inspect  obj@target
090  v:look  into@target
090  v:launch  obj=investigation|probe|inquiry|enquiry|review|audit|examination|case  into|of|against@target
090  v:open  obj=investigation|probe|inquiry|enquiry|review|audit|examination|case  into|of|against@target
090  v:begin  obj=investigation|probe|inquiry|enquiry|review|audit|examination|case  into|of|against@target
090  v:start  obj=investigation|probe|inquiry|enquiry|review|audit|examination|case  into|of|against@target
090  v:order  obj=investigation|probe|inquiry|enquiry|review|audit|examination|case  into|of|against@target
090  v:conduct  obj=investigation|probe|inquiry|enquiry|review|audit|examination|case  into|of|against@target
090  v:announce  obj=investigation|probe|inquiry|enquiry|review|audit|examination|case  into|of|against@target
090  v:initiate  obj=investigation|probe|inquiry|enquiry|review|audit|examination|case  into|of|against@target
090  v:set+up  obj=investigation|probe|inquiry|enquiry|review|audit|examination|case  into|of@target
090  v:review  obj=case|conduct|action|record|role(poss@target)
090  v:question  obj@target
090  v:interrogate  obj@target
090  v:interview  obj@target
090  n:investigation  into|of|against@target
090  n:probe  into|of@target
090  n:inquiry  into|of@target
090  n:investigation  poss@source  into|of@target
090  v:subpoena  obj@target
090  v:summon  obj@target  for=questioning|hearing
090  v:search  obj=home|house|office|headquarters|premises(poss@target)
090  v:put  obj@target  under=investigation|scrutiny|surveillance
090  v:place  obj@target  under=investigation|scrutiny

## 091 Investigate crime, corruption
091  v:investigate  obj@target  for|over=corruption|fraud|bribery|crime|embezzlement|laundering|graft|theft|murder|killing|trafficking|smuggling|evasion|irregularity|misconduct|wrongdoing|racketeering|extortion
091  v:probe  obj@target  for|over=corruption|fraud|bribery|crime|embezzlement|laundering|graft|theft|murder|killing|trafficking|smuggling|evasion|irregularity|misconduct|wrongdoing|racketeering|extortion
091  v:investigate  obj=corruption|fraud|bribery|crime|embezzlement|laundering|graft|theft|murder|killing|trafficking|smuggling|evasion|irregularity|misconduct|wrongdoing|racketeering|extortion
091  v:probe  obj=corruption|fraud|bribery|crime|embezzlement|laundering|graft|theft|murder|killing|trafficking|smuggling|evasion|irregularity|misconduct|wrongdoing|racketeering|extortion
091  v:examine  obj=corruption|fraud|bribery|crime|embezzlement|laundering|graft|theft|murder|killing|trafficking|smuggling|evasion|irregularity|misconduct|wrongdoing|racketeering|extortion
091  v:launch  obj=investigation|probe|inquiry|enquiry|review|audit|examination|case  into=corruption|fraud|bribery|crime|embezzlement|laundering|graft|theft|murder|killing|trafficking|smuggling|evasion|irregularity|misconduct|wrongdoing|racketeering|extortion
091  v:open  obj=investigation|probe|inquiry|enquiry|review|audit|examination|case  into=corruption|fraud|bribery|crime|embezzlement|laundering|graft|theft|murder|killing|trafficking|smuggling|evasion|irregularity|misconduct|wrongdoing|racketeering|extortion
091  v:begin  obj=investigation|probe|inquiry|enquiry|review|audit|examination|case  into=corruption|fraud|bribery|crime|embezzlement|laundering|graft|theft|murder|killing|trafficking|smuggling|evasion|irregularity|misconduct|wrongdoing|racketeering|extortion
091  v:start  obj=investigation|probe|inquiry|enquiry|review|audit|examination|case  into=corruption|fraud|bribery|crime|embezzlement|laundering|graft|theft|murder|killing|trafficking|smuggling|evasion|irregularity|misconduct|wrongdoing|racketeering|extortion
091  v:order  obj=investigation|probe|inquiry|enquiry|review|audit|examination|case  into=corruption|fraud|bribery|crime|embezzlement|laundering|graft|theft|murder|killing|trafficking|smuggling|evasion|irregularity|misconduct|wrongdoing|racketeering|extortion
091  v:conduct  obj=investigation|probe|inquiry|enquiry|review|audit|examination|case  into=corruption|fraud|bribery|crime|embezzlement|laundering|graft|theft|murder|killing|trafficking|smuggling|evasion|irregularity|misconduct|wrongdoing|racketeering|extortion
091  n:investigation  into=corruption|fraud|bribery|crime|embezzlement|laundering|graft|theft|murder|killing|trafficking|smuggling|evasion|irregularity|misconduct|wrongdoing|racketeering|extortion  of|against@target
091  n:probe  into=corruption|fraud|bribery|crime|embezzlement|laundering|graft|theft|murder|killing|trafficking|smuggling|evasion|irregularity|misconduct|wrongdoing|racketeering|extortion
091  n:investigation  amod=criminal|corruption  into|of|against@target
091  v:open  obj=investigation|probe|case(amod=criminal)  into|against@target
091  v:launch  obj=investigation|probe|case(amod=criminal)  into|against@target
091  v:investigate  obj@target  on=suspicion|charge|allegation(of=corruption|fraud|bribery|crime|embezzlement|laundering|graft|theft|murder|killing|trafficking|smuggling|evasion|irregularity|misconduct|wrongdoing|racketeering|extortion)
091  v:raid  obj=office|home|headquarters|premises  in=investigation|probe

## 092 Investigate human rights abuses
092  v:investigate  obj=abuse|violation|torture|disappearance|killing|rape|atrocity|execution|mistreatment|persecution|repression|detention
092  v:probe  obj=abuse|violation|torture|disappearance|killing|rape|atrocity|execution|mistreatment|persecution|repression|detention
092  v:examine  obj=abuse|violation|torture|disappearance|killing|rape|atrocity|execution|mistreatment|persecution|repression|detention
092  v:document  obj=abuse|violation|torture|disappearance|killing|rape|atrocity|execution|mistreatment|persecution|repression|detention
092  v:launch  obj=investigation|probe|inquiry|enquiry|review|audit|examination|case  into=abuse|violation|torture|disappearance|killing|rape|atrocity|execution|mistreatment|persecution|repression|detention
092  v:open  obj=investigation|probe|inquiry|enquiry|review|audit|examination|case  into=abuse|violation|torture|disappearance|killing|rape|atrocity|execution|mistreatment|persecution|repression|detention
092  v:begin  obj=investigation|probe|inquiry|enquiry|review|audit|examination|case  into=abuse|violation|torture|disappearance|killing|rape|atrocity|execution|mistreatment|persecution|repression|detention
092  v:start  obj=investigation|probe|inquiry|enquiry|review|audit|examination|case  into=abuse|violation|torture|disappearance|killing|rape|atrocity|execution|mistreatment|persecution|repression|detention
092  v:order  obj=investigation|probe|inquiry|enquiry|review|audit|examination|case  into=abuse|violation|torture|disappearance|killing|rape|atrocity|execution|mistreatment|persecution|repression|detention
092  v:conduct  obj=investigation|probe|inquiry|enquiry|review|audit|examination|case  into=abuse|violation|torture|disappearance|killing|rape|atrocity|execution|mistreatment|persecution|repression|detention
092  n:investigation  into=abuse|violation|torture|disappearance|killing|rape|atrocity|execution|mistreatment|persecution|repression|detention
092  n:investigation  into=abuse|violation|torture|disappearance|killing|rape|atrocity|execution|mistreatment|persecution|repression|detention  by@source
092  n:inquiry  into=abuse|violation|torture|disappearance|killing|rape|atrocity|execution|mistreatment|persecution|repression|detention
092  v:find  obj=evidence(of=abuse|violation|torture|disappearance|killing|rape|atrocity|execution|mistreatment|persecution|repression|detention)
092  v:uncover  obj=evidence(of=abuse|violation|torture|disappearance|killing|rape|atrocity|execution|mistreatment|persecution|repression|detention)
092  v:gather  obj=evidence|testimony(of|on=abuse|violation|torture|disappearance|killing|rape|atrocity|execution|mistreatment|persecution|repression|detention)
092  v:collect  obj=evidence|testimony(of|on=abuse|violation|torture|disappearance|killing|rape|atrocity|execution|mistreatment|persecution|repression|detention)
092  v:investigate  obj@target  for|over=abuse|violation|torture|disappearance|killing|rape|atrocity|execution|mistreatment|persecution|repression|detention
092  n:mission  compound=fact-finding  to|on@target
092  v:send  obj=mission(compound=fact-finding)  to@target
092  v:establish  obj=mission(compound=fact-finding)  on|for|to@target
092  v:establish  obj=commission(of=inquiry)  on|for|into@target
092  v:conclude  ccomp=exist(nsubj=evidence(acl=torture|abuse|detain|persecute|kill|disappear(nsubj@target)))
092  v:find  ccomp=torture|abuse|detain|persecute|disappear|repress(nsubj@target)
092  v:conclude  ccomp=torture|abuse|detain|persecute|disappear|repress(nsubj@target)
092  v:report  ccomp=torture|abuse|detain|persecute|disappear|repress(nsubj@target)
092  v:document  obj=abuse|violation|torture|disappearance|killing|rape|atrocity|execution|mistreatment|persecution|repression|detention(by@target)

## 093 Investigate military action
093  v:investigate  obj=attack|strike|airstrike|incident|raid|shooting|bombing|clash|operation|incursion|shelling|crash|explosion|downing
093  v:probe  obj=attack|strike|airstrike|incident|raid|shooting|bombing|clash|operation|incursion|shelling|crash|explosion|downing
093  v:examine  obj=attack|strike|airstrike|incident|raid|shooting|bombing|clash|operation|incursion|shelling|crash|explosion|downing
093  v:review  obj=attack|strike|airstrike|incident|raid|shooting|bombing|clash|operation|incursion|shelling|crash|explosion|downing
093  v:launch  obj=investigation|probe|inquiry|enquiry|review|audit|examination|case  into=attack|strike|airstrike|incident|raid|shooting|bombing|clash|operation|incursion|shelling|crash|explosion|downing
093  v:open  obj=investigation|probe|inquiry|enquiry|review|audit|examination|case  into=attack|strike|airstrike|incident|raid|shooting|bombing|clash|operation|incursion|shelling|crash|explosion|downing
093  v:begin  obj=investigation|probe|inquiry|enquiry|review|audit|examination|case  into=attack|strike|airstrike|incident|raid|shooting|bombing|clash|operation|incursion|shelling|crash|explosion|downing
093  v:start  obj=investigation|probe|inquiry|enquiry|review|audit|examination|case  into=attack|strike|airstrike|incident|raid|shooting|bombing|clash|operation|incursion|shelling|crash|explosion|downing
093  v:order  obj=investigation|probe|inquiry|enquiry|review|audit|examination|case  into=attack|strike|airstrike|incident|raid|shooting|bombing|clash|operation|incursion|shelling|crash|explosion|downing
093  v:conduct  obj=investigation|probe|inquiry|enquiry|review|audit|examination|case  into=attack|strike|airstrike|incident|raid|shooting|bombing|clash|operation|incursion|shelling|crash|explosion|downing
093  n:investigation  into=attack|strike|airstrike|incident|raid|shooting|bombing|clash|operation|incursion|shelling|crash|explosion|downing
093  n:inquiry  into=attack|strike|airstrike|incident|raid|shooting|bombing|clash|operation|incursion|shelling|crash|explosion|downing
093  n:probe  into=attack|strike|airstrike|incident|raid|shooting|bombing|clash|operation|incursion|shelling|crash|explosion|downing
093  v:investigate  obj=attack|strike|airstrike|incident|raid|shooting|bombing|clash|operation|incursion|shelling|crash|explosion|downing(on|against@target)
093  v:examine  obj=wreckage|debris|site
093  v:verify  obj=claim|report  of=attack|strike|incursion

## 094 Investigate war crimes
094  v:investigate  obj=crime(compound=war)
094  v:probe  obj=crime(compound=war)
094  v:examine  obj=crime(compound=war)
094  v:document  obj=crime(compound=war)
094  v:investigate  obj=crime(against=humanity)
094  v:probe  obj=crime(against=humanity)
094  v:examine  obj=crime(against=humanity)
094  v:document  obj=crime(against=humanity)
094  v:investigate  obj=genocide|massacre|cleansing
094  v:probe  obj=genocide|massacre|cleansing
094  v:examine  obj=genocide|massacre|cleansing
094  v:launch  obj=investigation|probe|inquiry|enquiry|review|audit|examination|case  into=crime(compound=war)
094  v:open  obj=investigation|probe|inquiry|enquiry|review|audit|examination|case  into=crime(compound=war)
094  v:begin  obj=investigation|probe|inquiry|enquiry|review|audit|examination|case  into=crime(compound=war)
094  v:start  obj=investigation|probe|inquiry|enquiry|review|audit|examination|case  into=crime(compound=war)
094  v:order  obj=investigation|probe|inquiry|enquiry|review|audit|examination|case  into=crime(compound=war)
094  v:conduct  obj=investigation|probe|inquiry|enquiry|review|audit|examination|case  into=crime(compound=war)
094  v:launch  obj=investigation|probe|inquiry|enquiry|review|audit|examination|case  into=crime(against=humanity)
094  v:open  obj=investigation|probe|inquiry|enquiry|review|audit|examination|case  into=crime(against=humanity)
094  v:begin  obj=investigation|probe|inquiry|enquiry|review|audit|examination|case  into=crime(against=humanity)
094  v:start  obj=investigation|probe|inquiry|enquiry|review|audit|examination|case  into=crime(against=humanity)
094  v:order  obj=investigation|probe|inquiry|enquiry|review|audit|examination|case  into=crime(against=humanity)
094  v:conduct  obj=investigation|probe|inquiry|enquiry|review|audit|examination|case  into=crime(against=humanity)
094  v:launch  obj=investigation|probe|inquiry|enquiry|review|audit|examination|case  into=genocide|massacre|atrocity|cleansing
094  v:open  obj=investigation|probe|inquiry|enquiry|review|audit|examination|case  into=genocide|massacre|atrocity|cleansing
094  v:investigate  obj@target  for=crime(compound=war)
094  v:investigate  obj@target  for=genocide|atrocity
094  v:open  nsubj=court|prosecutor|tribunal|icc  obj=investigation|probe|inquiry  into|in@target
094  v:launch  nsubj=court|prosecutor|tribunal|icc  obj=investigation|probe|inquiry  into|in@target
094  n:investigation  into=crime(compound=war)
094  n:investigation  into=crime(against=humanity)
094  n:investigation  into=genocide|atrocity|massacre
094  v:gather  obj=evidence(of=crime(compound=war))
094  v:collect  obj=evidence(of=crime(compound=war))
094  v:find  obj=evidence(of=crime(compound=war))
094  v:find  obj=evidence(of=crime(against=humanity))
094  v:conclude  ccomp=exist(nsubj=evidence(of=crime(against=humanity)))
094  v:conclude  ccomp=exist(nsubj=evidence(of=crime(compound=war)))
094  v:exhume  obj=grave|body

## Added from the PLOVER development half (odd ids) and Wikinews verbs with no pattern (2026-11-29)
090  v:dispatch  obj=inspector|investigator  to@target
090  v:dispatch  obj=inspector|investigator
090  v:dispatch  obj=team|mission(of=inspector|investigator|expert)  to@target
090  v:send  obj=inspector|investigator  to@target
090  v:send  obj=inspector|investigator
090  v:send  obj=team|mission(of=inspector|investigator|expert)  to@target
090  v:deploy  obj=inspector|investigator  to@target
090  v:complete  obj=investigation|probe|inquiry|enquiry  into@target
090  v:complete  obj=investigation|probe|inquiry|enquiry
090  v:conclude  obj=investigation|probe|inquiry|enquiry  into@target
090  v:finish  obj=investigation|probe|inquiry|enquiry  into@target
090  v:investigate  obj=allegation|claim|accusation|complaint|report(against@target)
092  v:investigate  obj=allegation|claim|accusation|complaint|report(of=abuse|torture|violation|mistreatment|rape|killing|disappearance|persecution)
092  v:investigate  obj=allegation|claim|accusation|complaint|report(of=abuse|torture|violation|mistreatment|rape|killing|disappearance|persecution(by@target))
092  v:investigate  obj=allegation|claim|accusation|complaint|report(of=abuse|torture|violation|mistreatment|rape|killing|disappearance|persecution  against@target)
091  v:investigate  obj=allegation|claim|accusation|complaint|report(of=corruption|fraud|bribery|embezzlement|laundering|graft|misconduct|wrongdoing)
