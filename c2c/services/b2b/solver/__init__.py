"""The B2B scheduling problem as plain data and its CP-SAT solver: no store, no I/O.

``problem`` (the data), ``model`` (the CP-SAT model), ``warm_start`` (the greedy start and
what surrounds the model), ``breaks`` (the fewest breaks, spread fairly), ``solve`` (the
phases, in order)."""
