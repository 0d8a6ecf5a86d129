# Deliberately faulty dictionary for the checker's tests.
@format 1
046  v:negotiate  with@target
046  v:negotiate  with@target
999  v:frobnicate  obj@target
04  v:consult  obj@target
1122  v:accuse  obj@victim  of=torture
111  v:condemn  wiht@target
111  v:slam  obj@target  (of=x
112  x:accuse  obj@target
0841  v:release  obj=Hostage
163  v:impose  obj=sanction  on@target  against@target
040  v:meet  with@target  !sometimes
