//! Conformance stories of the network: jobs, who knows whom, closeness,
//! favours, the bulk insert of an import, and the facts the warm paths and
//! the agenda read.

use super::{NOW, add_company, new_contact, one_round, t};
use crate::{BackupPort, ContactPort, FavourFilter, NetworkPort, Store, StoreError, Transaction};
use afterview_core::network::{FavourState, Position, Reach, Strength, warm_paths};
use afterview_core::*;
use jiff::civil::date;

/// A job at a company, with years for dates.
fn job(who: Option<ContactId>, company: CompanyId, since: i16, until: Option<i16>) -> Position {
    Position {
        contact_id: who,
        company_id: company,
        title: None,
        since: Some(date(since, 1, 1)),
        until: until.map(|u| date(u, 12, 31)),
    }
}

/// Jobs, acquaintances and closeness read back as written; linking twice
/// keeps one link (the newer `how` replacing the older), in either order;
/// a link to nobody is refused and changes nothing.
pub async fn jobs_links_and_closeness_read_back<S: Store>(store: &S) {
    let mut tx = store.write().await.unwrap();
    let initech = add_company(&mut tx, "Initech").await;
    let ana = tx
        .insert_contact(&new_contact("Ana Silva", None), t(NOW))
        .await
        .unwrap();
    let bo = tx
        .insert_contact(&new_contact("Bo Chen", None), t(NOW))
        .await
        .unwrap();
    let mine = tx
        .insert_position(&job(None, initech.id, 2018, Some(2022)), t(NOW))
        .await
        .unwrap();
    let hers = tx
        .insert_position(&job(Some(ana.id), initech.id, 2019, None), t(NOW))
        .await
        .unwrap();
    assert_ne!(mine, hers);
    tx.link_contacts(bo.id, ana.id, Some("friends"), t(NOW))
        .await
        .unwrap();
    tx.link_contacts(ana.id, bo.id, Some("former colleagues"), t(NOW))
        .await
        .unwrap();
    tx.link_contacts(ana.id, bo.id, None, t(NOW)).await.unwrap();
    assert!(
        tx.set_strength(ana.id, Some(Strength::try_from(4).unwrap()))
            .await
            .unwrap()
    );
    assert!(!tx.set_strength(ContactId(9_999), None).await.unwrap());
    tx.commit().await.unwrap();

    let mut tx = store.write().await.unwrap();
    let refused = tx
        .link_contacts(ana.id, ContactId(9_999), None, t(NOW))
        .await;
    assert!(
        matches!(refused, Err(StoreError::Reference(_))),
        "{refused:?}"
    );
    let network = tx.contact_network(Some(ana.id)).await.unwrap();
    assert_eq!(network.strength.map(Strength::get), Some(4));
    assert_eq!(
        network.positions,
        vec![(hers, job(Some(ana.id), initech.id, 2019, None))]
    );
    assert_eq!(
        network.knows,
        vec![(
            bo.id,
            "Bo Chen".to_owned(),
            Some("former colleagues".to_owned())
        )]
    );
    let me = tx.contact_network(None).await.unwrap();
    assert_eq!(
        me.positions,
        vec![(mine, job(None, initech.id, 2018, Some(2022)))]
    );
    assert!(tx.unlink_contacts(bo.id, ana.id).await.unwrap());
    assert!(!tx.unlink_contacts(bo.id, ana.id).await.unwrap());
    assert!(tx.delete_position(hers).await.unwrap());
    assert!(!tx.delete_position(hers).await.unwrap());
    tx.commit().await.unwrap();
}

/// The warm-path facts of an application name its company, its deciders
/// with their highest role, everyone who works or worked there, and who
/// knows them; the ranking then puts the hiring manager's acquaintance
/// first. A favour moves on and records when it was done, once.
pub async fn warm_path_facts_and_favours<S: Store>(store: &S) {
    let mut tx = store.write().await.unwrap();
    let (acme, app, _, jane) = one_round(&mut tx, None, InterviewerRole::HiringManager).await;
    let initech = add_company(&mut tx, "Initech").await;
    let ana = tx
        .insert_contact(&new_contact("Ana Silva", None), t(NOW))
        .await
        .unwrap();
    let mut bo_new = new_contact("Bo Chen", None);
    bo_new.company_id = Some(acme.id);
    let bo = tx.insert_contact(&bo_new, t(NOW)).await.unwrap();
    tx.insert_position(&job(None, initech.id, 2018, Some(2022)), t(NOW))
        .await
        .unwrap();
    tx.insert_position(&job(Some(ana.id), initech.id, 2019, Some(2023)), t(NOW))
        .await
        .unwrap();
    tx.link_contacts(ana.id, jane.id, Some("ran a meetup together"), t(NOW))
        .await
        .unwrap();
    tx.commit().await.unwrap();

    let mut tx = store.read().await.unwrap();
    let facts = tx.network_facts(app.id).await.unwrap();
    tx.commit().await.unwrap();
    assert_eq!(facts.company_id, acme.id);
    assert_eq!(
        facts.deciders,
        vec![(jane.id, InterviewerRole::HiringManager)]
    );
    let mut people: Vec<ContactId> = facts.people.iter().map(|p| p.id).collect();
    people.sort();
    assert_eq!(people, vec![jane.id, ana.id, bo.id]);
    let paths = warm_paths(&facts);
    assert_eq!(paths[0].contact_id, ana.id);
    assert_eq!(paths[0].reach, Reach::KnowsHiringManager);
    assert_eq!(
        paths[0].path,
        "you → Ana Silva (former colleague at Initech) → knows Jane Doe, hiring manager (ran a meetup together)"
    );
    assert_eq!(paths[1].contact_id, bo.id);

    let mut tx = store.write().await.unwrap();
    let asked = tx
        .insert_favour(
            ana.id,
            app.id,
            FavourState::Asked,
            Some("a word with Jane"),
            t(NOW),
        )
        .await
        .unwrap();
    let twice = tx
        .insert_favour(ana.id, app.id, FavourState::Asked, None, t(NOW))
        .await;
    assert!(matches!(twice, Err(StoreError::Conflict(_))), "{twice:?}");
    let done = tx
        .update_favour(asked.id, FavourState::Done, None, t("2026-11-26T09:00:00Z"))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(done.note.as_deref(), Some("a word with Jane"));
    assert_eq!(done.done_at, Some(t("2026-11-26T09:00:00Z")));
    let again = tx
        .update_favour(asked.id, FavourState::Done, None, t("2026-11-27T09:00:00Z"))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(again.done_at, Some(t("2026-11-26T09:00:00Z")));
    assert!(
        tx.update_favour(9_999, FavourState::Done, None, t(NOW))
            .await
            .unwrap()
            .is_none()
    );
    let listed = tx
        .favours(&FavourFilter {
            application: Some(app.id),
            contact: None,
        })
        .await
        .unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].state, FavourState::Done);
    tx.commit().await.unwrap();
}

/// The bulk insert of an import adds every person with their fields, the
/// lean keys list them all with their company, and a backup carries the
/// network to a fresh store.
pub async fn an_import_inserts_in_bulk_and_a_backup_keeps_the_network<S: Store>(
    store: &S,
    fresh: &S,
) {
    let mut tx = store.write().await.unwrap();
    let (acme, app, _, jane) = one_round(&mut tx, None, InterviewerRole::HiringManager).await;
    let people: Vec<NewContact> = (0..1_200)
        .map(|n| {
            let mut c = new_contact(&format!("Person {n}"), Some(&format!("p{n}@example.com")));
            c.company_id = (n % 2 == 0).then_some(acme.id);
            c
        })
        .collect();
    assert_eq!(tx.insert_contacts(&people, t(NOW)).await.unwrap(), 1_200);
    let keys = tx.contact_keys().await.unwrap();
    assert_eq!(keys.len(), 1_201);
    let p2 = keys.iter().find(|k| k.name == "Person 2").unwrap();
    assert_eq!(p2.email.as_deref(), Some("p2@example.com"));
    assert_eq!(p2.company.as_deref(), Some("Acme"));
    tx.set_strength(p2.id, Some(Strength::try_from(5).unwrap()))
        .await
        .unwrap();
    tx.insert_position(&job(Some(p2.id), acme.id, 2020, None), t(NOW))
        .await
        .unwrap();
    tx.link_contacts(p2.id, jane.id, None, t(NOW))
        .await
        .unwrap();
    tx.insert_favour(p2.id, app.id, FavourState::Agreed, None, t(NOW))
        .await
        .unwrap();
    tx.commit().await.unwrap();

    let mut tx = store.read().await.unwrap();
    let backup = tx.export().await.unwrap();
    tx.commit().await.unwrap();
    assert_eq!(backup.strengths.len(), 1);
    assert_eq!(backup.positions.len(), 1);
    assert_eq!(backup.acquaintances.len(), 1);
    assert_eq!(backup.favours.len(), 1);
    let mut tx = fresh.write().await.unwrap();
    tx.restore(&backup).await.unwrap();
    tx.commit().await.unwrap();
    let mut tx = fresh.write().await.unwrap();
    assert_eq!(tx.export().await.unwrap(), backup);
    // Ids go on after the restored ones.
    let next = tx
        .insert_position(&job(None, acme.id, 2010, Some(2012)), t(NOW))
        .await
        .unwrap();
    assert!(next > backup.positions[0].id);
    tx.commit().await.unwrap();
}
