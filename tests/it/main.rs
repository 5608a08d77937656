//! End-to-end tests of the afterview binary, run as a person would run it.

mod architecture;
mod backup;
mod bad_input;
mod browser;
mod follow;
mod kept_facts;
mod letters;
mod network;
mod openapi;
mod practice;
mod server;
mod session;
#[path = "../support/smtp.rs"]
mod smtp;
mod support;
mod web;
mod web_contacts;
mod web_insights;
