//! vCards written by other people (calcard's corpus, see
//! `tests/fixtures/calcard-vcard/README.md`): each file reads, or is refused
//! with a message that names its line, and none panics, strict or lenient.

use std::path::Path;

use afterview_contacts::{read, read_lenient};

#[test]
fn every_vcard_of_the_corpus_reads_or_is_refused_by_line() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/calcard-vcard");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("the corpus folder")
        .map(|e| e.expect("an entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "vcf"))
        .collect();
    files.sort();
    assert_eq!(files.len(), 244);
    let (mut read_ok, mut refused, mut people) = (0, 0, 0);
    for path in &files {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let bytes = std::fs::read(path).unwrap();
        match read(&name, &bytes, None) {
            Ok(import) => {
                read_ok += 1;
                people += import.contacts.len();
                assert!(
                    import.contacts.iter().all(|c| !c.name.trim().is_empty()),
                    "{name}"
                );
            }
            Err(e) => {
                refused += 1;
                assert!(e.line >= 1 && !e.message.is_empty(), "{name}: {e}");
                assert!(e.to_string().starts_with("line "), "{name}: {e}");
            }
        }
        // Lenient reading never panics either, and sets aside what it skips.
        if let Ok(lenient) = read_lenient(&name, &bytes, None) {
            assert!(lenient.rejected.iter().all(|r| r.line >= 1), "{name}");
        }
    }
    assert_eq!(read_ok + refused, 244);
    // Most of a real corpus is readable; the rest are its broken files.
    assert!(read_ok >= 200, "only {read_ok} of 244 read");
    assert!(people >= read_ok);
}
