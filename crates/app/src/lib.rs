//! Use cases of afterview, shared by every interface.
