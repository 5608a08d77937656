//! End-to-end tests of the afterview binary, run as a person would run it.

mod architecture;
mod backup;
mod bad_input;
mod browser;
mod follow;
mod letters;
mod network;
mod practice;
mod server;
mod session;
mod support;
mod web;
mod web_insights;
