//! The afterview command line: parsing, rendering and exit codes.
