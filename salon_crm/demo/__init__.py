"""A generated demo salon for trying the program and for benchmarks."""
