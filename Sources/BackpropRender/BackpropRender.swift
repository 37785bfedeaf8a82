// BackpropRender: placeholder until its issue lands.
