//! How long parsing takes for a large LinkedIn export and a large vCard
//! file, against the target of importing 30,000 connections in
//! under a second for the whole process, database writes included.
//!
//! Run with `cargo bench -p afterview-contacts --bench import`. The files
//! are generated in memory, in the shape of the real exports, so the
//! figures do not depend on fixtures.

use std::fmt::Write as _;
use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

/// Rows in the generated LinkedIn export: the figure.
const ROWS: usize = 30_000;

/// A Connections.csv with LinkedIn's preamble and `rows` connections, some
/// with quoted commas, accents and the odd email, as real ones have.
fn linkedin_csv(rows: usize) -> Vec<u8> {
    let mut out = String::from(
        "\u{FEFF}Notes:\n\"When exporting your connection data, you may notice that some of the \
         email addresses are missing. You will only see email addresses for connections who have \
         allowed their connections to see or download their email address using this setting \
         https://www.linkedin.com/psettings/privacy/email. You can learn more here \
         https://www.linkedin.com/help/linkedin/answer/261\"\n\n\
         First Name,Last Name,URL,Email Address,Company,Position,Connected On\n",
    );
    let first = [
        "Jane", "Jürgen", "Siobhán", "Ana", "Wei", "Olu", "Zoë", "Pat",
    ];
    let last = [
        "Doe",
        "Müller",
        "O'Brien",
        "García",
        "Zhang",
        "Adeyemi",
        "Smith",
        "Nováková",
    ];
    let companies = [
        "Acme",
        "\"Müller, Schmidt & Co. KG\"",
        "Globex Corporation",
        "Initech",
    ];
    let months = ["Jan", "Mar", "Jun", "Sep", "Dec"];
    for i in 0..rows {
        let (f, l) = (first[i % first.len()], last[(i / 8) % last.len()]);
        let email = if i % 10 == 0 {
            format!("{}.{i}@example.com", f.to_lowercase())
        } else {
            String::new()
        };
        let _ = writeln!(
            out,
            "{f},{l},https://www.linkedin.com/in/{}-{}-{i:x},{email},{},\"Senior Engineer, Platform\",{:02} {} {}",
            f.to_lowercase(),
            l.to_lowercase().replace('\'', ""),
            companies[i % companies.len()],
            1 + i % 28,
            months[i % months.len()],
            2010 + i % 15,
        );
    }
    out.into_bytes()
}

/// A vCard 3.0 file with `cards` cards in a phone's style.
fn vcards(cards: usize) -> Vec<u8> {
    let mut out = String::new();
    for i in 0..cards {
        let _ = write!(
            out,
            "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Doe{i};Jane;;;\r\nFN:Jane Doe{i}\r\n\
             item1.EMAIL;type=INTERNET;type=pref:jane{i}@example.com\r\n\
             TEL;type=CELL:+1 555 010 {i:04}\r\nORG:Acme\\, Inc.;Sales\r\nTITLE:Engineer\r\n\
             NOTE:Met at the meetup\\, talked about Rust and hiring plans for the next quart\r\n er.\r\n\
             END:VCARD\r\n"
        );
    }
    out.into_bytes()
}

fn bench(c: &mut Criterion) {
    let csv = linkedin_csv(ROWS);
    let mut group = c.benchmark_group("import");
    group.sample_size(20);
    group.throughput(Throughput::Elements(ROWS as u64));
    group.bench_function("linkedin_csv_30000_rows", |b| {
        b.iter(|| {
            let contacts = afterview_contacts::read_linkedin_csv(black_box(&csv)).unwrap();
            assert_eq!(contacts.len(), ROWS);
            contacts
        });
    });
    let vcf = vcards(ROWS);
    group.bench_function("vcard_30000_cards", |b| {
        b.iter(|| {
            let contacts = afterview_contacts::read_vcards(black_box(&vcf)).unwrap();
            assert_eq!(contacts.len(), ROWS);
            contacts
        });
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
