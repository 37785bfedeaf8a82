// BackpropCheck: placeholder until its issue lands.
