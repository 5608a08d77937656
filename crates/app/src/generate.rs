//! A realistic, large job search made up on demand, for benchmarks and for
//! trying afterview at scale.
//!
//! Nobody's real job search can ship with the code, yet the questions that
//! matter at scale (how long does listing take with ten thousand
//! applications? does the agenda stay readable with thirty thousand
//! interviews?) need data that looks real: companies with believable names,
//! applications that went through a plausible lifecycle, interviews in office
//! hours with people from the right company on the other side. [`generate`]
//! makes such a job search as one [`Backup`], a pure function of a [`Size`], a
//! seed and "now": the same inputs always give the same rows, nothing reads
//! the clock or the disk, and every value passes the core types' checks, so
//! the result passes [`Backup::check`] and restores into an empty store on
//! either backend with `BackupPort::restore`.
//!
//! ```
//! use afterview_app::generate::{Size, generate};
//!
//! let now: jiff::Timestamp = "2026-11-25T10:00:00Z".parse()?;
//! let backup = generate(&Size::SMALL, 42, now);
//! assert_eq!(backup.applications.len(), Size::SMALL.applications);
//! backup.check()?;
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! Ids run from 1 in creation order in every table, as a store would have
//! assigned them. Instants are whole seconds within about two years before
//! `now`; only scheduled interviews lie after it, within the next two weeks.

use afterview_core::application::ApplicationEvent;
use afterview_core::backup::Backup;
use afterview_core::contact::parse_phone;
use afterview_core::time::whole_seconds;
use afterview_core::{
    Application, ApplicationId, ApplicationStatus, Company, CompanyId, Contact, ContactId, Email,
    EventId, Excitement, Interview, InterviewId, InterviewKind, InterviewStatus, Interviewer,
    InterviewerRole, LongText, Name, Profile, Resume, ResumeId, SalaryRange, Tag, Url,
};
use jiff::Timestamp;
use std::collections::HashSet;

/// How much to make: the number of rows in each of the main tables.
///
/// The counts are met exactly, with two exceptions that follow from the
/// data model: applications need a company, so there are none without
/// companies, and interviews need an application that reached the
/// interviewing stage, so there are none without applications.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Size {
    /// Companies.
    pub companies: usize,
    /// Applications, spread over the companies.
    pub applications: usize,
    /// Interview rounds, spread over the applications that reached interviewing.
    pub interviews: usize,
    /// Contacts, about 60% of them at one of the companies.
    pub contacts: usize,
}

impl Size {
    /// A search far beyond any one person's, for benchmarks.
    pub const LARGE: Size = Size {
        companies: 2_000,
        applications: 10_000,
        interviews: 30_000,
        contacts: 50_000,
    };

    /// A busy but human-sized search, for tests and demonstrations.
    pub const SMALL: Size = Size {
        companies: 20,
        applications: 60,
        interviews: 120,
        contacts: 200,
    };
}

/// Makes a job search of `size`, the same for the same `seed` and `now`.
///
/// Everything happened in the two years before `now` (whole seconds), except
/// interviews still to come, which are scheduled within two weeks after it.
pub fn generate(size: &Size, seed: u64, now: Timestamp) -> Backup {
    let now = whole_seconds(now).as_second();
    // Each part draws from its own stream, so that changing how one table is
    // made leaves the others as they were.
    let mut companies = make_companies(size.companies, &mut Rng::new(seed, 1));
    let apps = make_applications(size, &companies, &mut Rng::new(seed, 2), now);
    date_companies(&mut companies, &apps, &mut Rng::new(seed, 3), now);
    let mut contacts = make_contacts(
        size.contacts,
        &companies,
        &apps,
        &mut Rng::new(seed, 4),
        now,
    );
    let interviews = make_interviews(
        &apps,
        &companies,
        &mut contacts,
        &mut Rng::new(seed, 5),
        now,
    );
    assemble(companies, apps, contacts, interviews)
}

const MINUTE: i64 = 60;
const HOUR: i64 = 60 * MINUTE;
const DAY: i64 = 24 * HOUR;
/// How far back the search goes.
const SPAN: i64 = 730 * DAY;

/// SplitMix64: tiny, fast and well mixed; plenty for test data, never for secrets.
struct Rng(u64);

impl Rng {
    /// A generator for one `stream` of a seed.
    fn new(seed: u64, stream: u64) -> Rng {
        let mut rng = Rng(seed ^ stream.wrapping_mul(0xD1B5_4A32_D192_ED03));
        rng.next();
        rng
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n`, or 0 when `n` is 0.
    fn below(&mut self, n: usize) -> usize {
        // Multiplying and keeping the high half avoids the bias of `%`.
        ((u128::from(self.next()) * n as u128) >> 64) as usize
    }

    /// A number in `lo..hi`, or `lo` when the range is empty.
    fn between(&mut self, lo: i64, hi: i64) -> i64 {
        if hi <= lo {
            return lo;
        }
        let width = hi.abs_diff(lo);
        lo.saturating_add(((u128::from(self.next()) * u128::from(width)) >> 64) as i64)
    }

    /// True with probability `p`.
    fn chance(&mut self, p: f64) -> bool {
        ((self.next() >> 11) as f64) < p * (1u64 << 53) as f64
    }

    /// One of `items`, which must not be empty.
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// One of `words`, which must not be empty.
    fn word(&mut self, words: &[&'static str]) -> &'static str {
        words[self.below(words.len())]
    }

    /// An index into `weights`, chosen in proportion to them.
    fn weighted(&mut self, weights: &[u32]) -> usize {
        let total: u32 = weights.iter().sum();
        let mut x = self.below(total as usize) as u32;
        for (i, &w) in weights.iter().enumerate() {
            if x < w {
                return i;
            }
            x -= w;
        }
        weights.len() - 1
    }

    /// Puts `items` in a random order (Fisher-Yates).
    fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i + 1);
            items.swap(i, j);
        }
    }
}

/// The instant `second` seconds after the Unix epoch, kept inside jiff's range.
fn ts(second: i64) -> Timestamp {
    let second = second.clamp(
        Timestamp::MIN.as_second() + 1,
        Timestamp::MAX.as_second() - 1,
    );
    // The clamp above keeps the value inside jiff's range, so the fallback is
    // never taken; it only spares a panic path.
    Timestamp::from_second(second).unwrap_or(Timestamp::UNIX_EPOCH)
}

// The helpers below parse text that this module assembled from its own word
// lists and numbers: short, single-line, non-empty and well-formed by
// construction. A refusal would mean a mistake in those lists, which the
// tests below would catch on the first run, so they panic with the value.

fn own_name(field: &str, text: &str) -> Name {
    Name::parse(field, text).unwrap_or_else(|e| panic!("generated {field} {text:?}: {e}"))
}

fn own_text(field: &str, text: &str) -> LongText {
    LongText::parse(field, text).unwrap_or_else(|e| panic!("generated {field} {text:?}: {e}"))
}

fn own_url(field: &str, text: &str) -> Url {
    Url::parse(field, text).unwrap_or_else(|e| panic!("generated {field} {text:?}: {e}"))
}

fn own_email(text: &str) -> Email {
    Email::parse(text).unwrap_or_else(|e| panic!("generated email {text:?}: {e}"))
}

fn own_tag(text: &str) -> Tag {
    Tag::parse(text).unwrap_or_else(|e| panic!("generated tag {text:?}: {e}"))
}

fn own_phone(text: &str) -> Name {
    parse_phone(text).unwrap_or_else(|e| panic!("generated phone {text:?}: {e}"))
}

fn own_excitement(n: i64) -> Excitement {
    Excitement::new(n).unwrap_or_else(|e| panic!("generated excitement {n}: {e}"))
}

/// Lowercase ASCII letters and digits of `text`, with common accents folded,
/// for domains, email addresses and URL paths.
fn slug(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        let folded = match c {
            'á' | 'à' | 'â' | 'ä' | 'å' | 'ã' => "a",
            'é' | 'è' | 'ê' | 'ë' | 'ę' => "e",
            'í' | 'ì' | 'î' | 'ï' | 'ı' => "i",
            'ó' | 'ò' | 'ô' | 'ö' | 'ø' | 'õ' | 'ő' => "o",
            'ú' | 'ù' | 'û' | 'ü' => "u",
            'ñ' | 'ń' => "n",
            'ç' | 'ć' | 'č' => "c",
            'ś' | 'š' | 'ş' => "s",
            'ž' | 'ź' | 'ż' => "z",
            'ß' => "ss",
            'ł' => "l",
            'ř' => "r",
            'ğ' => "g",
            c if c.is_ascii_alphanumeric() => {
                out.push(c);
                continue;
            }
            _ => "",
        };
        out.push_str(folded);
    }
    out
}

/// `n` lowercase letters or digits from `alphabet`.
fn random_chars(rng: &mut Rng, alphabet: &[u8], n: usize) -> String {
    (0..n).map(|_| char::from(*rng.pick(alphabet))).collect()
}

const LETTERS: &[u8] = b"abcdefghijklmnopqrstuvwxyz";
const DIGITS: &[u8] = b"0123456789";
const HEX: &[u8] = b"0123456789abcdef";

// ---------------------------------------------------------------------------
// Companies

/// Where a company is: its currency, offices, domains and pay level.
struct Region {
    currency: &'static str,
    /// Offices: city, IANA time zone and the zone's standard offset in hours.
    offices: &'static [(&'static str, &'static str, i64)],
    tlds: &'static [&'static str],
    /// Pay relative to the United States, in percent.
    pay_percent: i64,
    /// A closing sentence for postings about where the work happens.
    workplace: &'static [&'static str],
    /// The share of companies here, in percent.
    weight: u32,
}

const REGIONS: [Region; 3] = [
    Region {
        currency: "USD",
        offices: &[
            ("New York", "America/New_York", -5),
            ("Boston", "America/New_York", -5),
            ("San Francisco", "America/Los_Angeles", -8),
            ("Seattle", "America/Los_Angeles", -8),
            ("Austin", "America/Chicago", -6),
            ("Chicago", "America/Chicago", -6),
            ("Denver", "America/Denver", -7),
        ],
        tlds: &["com", "com", "io", "ai", "dev"],
        pay_percent: 100,
        workplace: &[
            "This role is remote within the United States.",
            "Hybrid: three days a week in our New York office.",
            "On-site in San Francisco, with relocation support.",
            "Remote-first across North American time zones.",
        ],
        weight: 35,
    },
    Region {
        currency: "EUR",
        offices: &[
            ("Berlin", "Europe/Berlin", 1),
            ("Munich", "Europe/Berlin", 1),
            ("Amsterdam", "Europe/Amsterdam", 1),
            ("Paris", "Europe/Paris", 1),
            ("Barcelona", "Europe/Madrid", 1),
            ("Stockholm", "Europe/Stockholm", 1),
            ("Warsaw", "Europe/Warsaw", 1),
            ("Dublin", "Europe/Dublin", 0),
            ("Lisbon", "Europe/Lisbon", 0),
        ],
        tlds: &["com", "de", "eu", "io", "nl", "fr"],
        pay_percent: 60,
        workplace: &[
            "This role is fully remote within Europe.",
            "Hybrid: two days a week in our Berlin office.",
            "Based in Amsterdam, with a relocation package and visa sponsorship.",
            "Remote within two hours of Central European Time.",
        ],
        weight: 45,
    },
    Region {
        currency: "GBP",
        offices: &[
            ("London", "Europe/London", 0),
            ("Manchester", "Europe/London", 0),
            ("Edinburgh", "Europe/London", 0),
        ],
        tlds: &["co.uk", "com", "io"],
        pay_percent: 55,
        workplace: &[
            "Hybrid: two days a week in our London office.",
            "Remote within the United Kingdom.",
            "On-site in Manchester, with flexible hours.",
        ],
        weight: 20,
    },
];

const NAME_WORDS: &[&str] = &[
    "Northwind",
    "Bluefin",
    "Silverline",
    "Cedar",
    "Ironbark",
    "Lumen",
    "Brightwater",
    "Redwood",
    "Harbor",
    "Granite",
    "Quartz",
    "Aurora",
    "Copper",
    "Falcon",
    "Meridian",
    "Summit",
    "Pinecone",
    "Tidal",
    "Atlas",
    "Beacon",
    "Cobalt",
    "Driftwood",
    "Ember",
    "Fjord",
    "Glacier",
    "Helix",
    "Indigo",
    "Juniper",
    "Kestrel",
    "Lighthouse",
    "Maple",
    "Nimbus",
    "Orchid",
    "Polaris",
    "Quill",
    "Raven",
    "Sable",
    "Tundra",
    "Vertex",
    "Willow",
    "Zephyr",
    "Alder",
    "Basalt",
    "Cinder",
    "Evergreen",
    "Foxglove",
    "Heron",
    "Jasper",
    "Larch",
    "Mistral",
    "Onyx",
    "Prism",
    "Ridge",
    "Solstice",
    "Thistle",
    "Wren",
    "Saffron",
    "Magnolia",
    "Obsidian",
    "Sparrow",
    "Cascade",
    "Horizon",
    "Lantern",
    "Anchor",
    "Compass",
    "Keystone",
    "Riverbend",
    "Starling",
    "Oakridge",
];

const NAME_SYLLABLES: &[&str] = &[
    "ka", "lo", "ver", "zen", "tri", "mo", "sa", "nix", "qua", "ro", "bel", "vi", "tor", "ly",
    "an", "dex", "fi", "go", "ra", "su", "te", "xo", "mi", "pe", "lu", "dor", "ax", "cor",
];

const NAME_ENDINGS: &[&str] = &[
    "Analytics",
    "Robotics",
    "Labs",
    "Systems",
    "Software",
    "Technologies",
    "Health",
    "Bank",
    "Logistics",
    "Energy",
    "Security",
    "Cloud",
    "Data",
    "Networks",
    "Games",
    "Studios",
    "Payments",
    "Insurance",
    "Mobility",
    "Biotech",
    "AI",
    "Commerce",
    "Media",
    "Foods",
    "Learning",
    "Dynamics",
    "Works",
    "Capital",
    "Devices",
    "Semiconductors",
    "Telecom",
    "Travel",
    "Maps",
    "Foundry",
    "Interactive",
    "Solutions",
    "Group",
    "Research",
    "Ventures",
    "Markets",
];

const COMPANY_NOTES: &[&str] = &[
    "Series B, about 120 people.",
    "Public company; RSUs vest quarterly.",
    "Uses Rust in production for their core services.",
    "Their engineering blog is excellent, especially the incident reviews.",
    "Reviews mention a heavy on-call load.",
    "Bootstrapped and profitable.",
    "Recently raised a Series C.",
    "Four-day work week.",
    "Offices in three countries; most of the team is remote.",
];

/// A company as it is being made, with what later tables need to know about it.
struct DraftCompany {
    row: Company,
    region: usize,
    /// Index into the region's offices.
    office: usize,
    /// The web domain, also used for work email addresses.
    domain: String,
    /// How many applications it attracts, relatively: big names get more.
    weight: u64,
}

/// A coined word of two or three syllables, such as "Zenvora".
fn coined(rng: &mut Rng) -> String {
    let n = 2 + rng.below(2);
    let mut word: String = (0..n).map(|_| *rng.pick(NAME_SYLLABLES)).collect();
    if let Some(first) = word.get(..1) {
        word.replace_range(..1, &first.to_ascii_uppercase());
    }
    word
}

fn make_companies(n: usize, rng: &mut Rng) -> Vec<DraftCompany> {
    let mut taken: HashSet<String> = HashSet::with_capacity(n);
    let region_weights: Vec<u32> = REGIONS.iter().map(|r| r.weight).collect();
    (0..n)
        .map(|i| {
            let mut company_name = String::new();
            for _ in 0..20 {
                company_name = match rng.below(20) {
                    0..=10 => format!("{} {}", rng.pick(NAME_WORDS), rng.pick(NAME_ENDINGS)),
                    11..=16 => format!("{} {}", coined(rng), rng.pick(NAME_ENDINGS)),
                    _ => coined(rng),
                };
                if !taken.contains(&company_name.to_lowercase()) {
                    break;
                }
            }
            // After twenty clashes the name space is nearly used up; the
            // company's own position makes the name unique, since no other
            // generated name ends in that number.
            if taken.contains(&company_name.to_lowercase()) {
                company_name = format!("{company_name} {}", i + 1);
            }
            taken.insert(company_name.to_lowercase());
            let region_index = rng.weighted(&region_weights);
            let region = &REGIONS[region_index];
            let domain = format!("{}.{}", slug(&company_name), rng.pick(region.tlds));
            let website = rng
                .chance(0.85)
                .then(|| own_url("website", &format!("https://{domain}")));
            let notes = rng
                .chance(0.15)
                .then(|| own_text("notes", rng.word(COMPANY_NOTES)));
            let weight = [1, 2, 4, 10][rng.weighted(&[60, 25, 10, 5])];
            DraftCompany {
                row: Company {
                    id: CompanyId(0),
                    name: own_name("company", &company_name),
                    website,
                    notes,
                    created_at: ts(0),
                },
                region: region_index,
                office: rng.below(region.offices.len()),
                domain,
                weight,
            }
        })
        .collect()
}

/// Dates each company just before its first application, or anywhere in
/// the span when it has none (it was added for a contact).
fn date_companies(companies: &mut [DraftCompany], apps: &[DraftApp], rng: &mut Rng, now: i64) {
    let mut first = vec![i64::MAX; companies.len()];
    for app in apps {
        first[app.company] = first[app.company].min(app.times[0]);
    }
    for (company, first) in companies.iter_mut().zip(first) {
        let at = if first == i64::MAX {
            rng.between(now - SPAN, now)
        } else {
            first - rng.between(0, 30 * MINUTE)
        };
        company.row.created_at = ts(at);
    }
}

// ---------------------------------------------------------------------------
// Applications

/// Seniority prefixes: the words, how common they are, and US base pay in thousands.
const LEVELS: [(&str, u32, i64); 6] = [
    ("Junior ", 6, 75),
    ("", 22, 110),
    ("Senior ", 40, 150),
    ("Staff ", 18, 190),
    ("Principal ", 7, 220),
    ("Lead ", 7, 170),
];

/// Role titles: the title, whether it takes any seniority prefix, and the
/// résumé version that fits it (0 backend, 1 platform, 2 management).
const TITLES: &[(&str, bool, usize)] = &[
    ("Software Engineer", true, 0),
    ("Backend Engineer", true, 0),
    ("Frontend Engineer", true, 0),
    ("Full-Stack Engineer", true, 0),
    ("Platform Engineer", true, 1),
    ("Site Reliability Engineer", true, 1),
    ("DevOps Engineer", true, 1),
    ("Data Engineer", true, 0),
    ("Machine Learning Engineer", true, 0),
    ("Data Scientist", true, 0),
    ("Security Engineer", true, 1),
    ("Embedded Software Engineer", true, 0),
    ("Mobile Engineer", true, 0),
    ("Infrastructure Engineer", true, 1),
    ("Systems Engineer", true, 1),
    ("Rust Engineer", true, 0),
    ("Database Engineer", true, 0),
    ("Developer Advocate", true, 0),
    ("Solutions Architect", false, 1),
    ("Cloud Architect", false, 1),
    ("QA Automation Engineer", true, 0),
    ("Build and Release Engineer", true, 1),
    ("Compiler Engineer", true, 0),
    ("Distributed Systems Engineer", true, 0),
    ("Engineering Manager", false, 2),
    ("Technical Lead", false, 2),
    ("Product Engineer", true, 0),
    ("Performance Engineer", true, 1),
    ("Observability Engineer", true, 1),
    ("Head of Engineering", false, 2),
];

const FOCUS: &[&str] = &[
    ", Payments",
    ", Platform",
    ", Data Infrastructure",
    " (Rust)",
    ", Developer Tools",
    ", Search",
    ", Observability",
    ", Core Banking",
];

const TEAMS: &[&str] = &[
    "Platform",
    "Payments",
    "Data",
    "Infrastructure",
    "Developer Experience",
    "Search",
    "Growth",
    "Security",
    "Core API",
    "Storage",
    "Billing",
    "Reliability",
];

const DUTIES: &[&str] = &[
    "design, build and operate services that handle millions of requests a day",
    "own the reliability and performance of our production systems",
    "build the data pipelines that power our analytics and reporting",
    "shape the architecture of a platform used by hundreds of engineers",
    "work closely with product and design to ship features end to end",
    "lead the migration of our monolith to well-defined services",
    "improve our developer tooling, build times and release process",
    "grow and lead a team of five to eight engineers",
    "take part in an on-call rotation shared by the whole team",
    "help scale our database layer as traffic grows tenfold",
];

const SKILLS: &[&str] = &[
    "Rust",
    "Go",
    "Python",
    "TypeScript",
    "Java",
    "Kotlin",
    "C++",
    "PostgreSQL",
    "MySQL",
    "Redis",
    "Kafka",
    "Kubernetes",
    "Docker",
    "Terraform",
    "AWS",
    "GCP",
    "Azure",
    "gRPC",
    "GraphQL",
    "Linux",
    "distributed systems",
    "observability",
    "CI/CD",
    "React",
    "machine learning",
    "SQL",
    "event sourcing",
    "WebAssembly",
];

const CULTURE: &[&str] = &[
    "We value written communication, thoughtful code review and a sustainable pace.",
    "Leadership, mentoring and clear communication matter as much as code.",
    "You will mentor other engineers and help shape our technical roadmap.",
    "We are a small team with a lot of ownership and little process.",
    "Strong ownership and a bias for simple solutions are key.",
    "We encourage you to apply even if you do not tick every box.",
];

/// Where leads come from, and how often.
const SOURCES: [(&str, u32); 5] = [
    ("LinkedIn", 35),
    ("Referral", 15),
    ("Company site", 25),
    ("Job board", 15),
    ("Recruiter", 10),
];

const APPLICATION_NOTES: &[&str] = &[
    "Recruiter reached out on LinkedIn.",
    "Ask about on-call expectations.",
    "Team of eight, reports to the VP of Engineering.",
    "Visa sponsorship available.",
    "Salary range not in the posting; ask the recruiter.",
    "Take-home exercise announced for the second round.",
    "A former colleague works there; ask for a referral.",
    "The posting mentions a lot of legacy Java.",
    "Equity is a large part of the package.",
    "Their careers page says to expect an answer within four weeks.",
];

/// How the current statuses are spread, in percent, across two years of
/// searching: most applications have long since closed (rejected, ghosted,
/// withdrawn), a fifth still wait for an answer, and one in twenty is in
/// interviews at any time.
const FUNNEL: [(ApplicationStatus, usize); 8] = [
    (ApplicationStatus::Saved, 4),
    (ApplicationStatus::Applied, 20),
    (ApplicationStatus::Interviewing, 5),
    (ApplicationStatus::Offer, 1),
    (ApplicationStatus::Hired, 1),
    (ApplicationStatus::Rejected, 40),
    (ApplicationStatus::Withdrawn, 5),
    (ApplicationStatus::Ghosted, 24),
];

/// An application as it is being made: its row, its history and its rounds.
struct DraftApp {
    row: Application,
    company: usize,
    /// The statuses it went through; the first is the one it was created with.
    path: Vec<ApplicationStatus>,
    /// When it entered each status of `path`.
    times: Vec<i64>,
    /// A note for each entry of `path`.
    notes: Vec<Option<String>>,
    /// How many interview rounds it has.
    rounds: usize,
    /// Whether its last round is still to come (only while interviewing).
    upcoming: bool,
    /// When each round was meant to start, before fitting it into office hours.
    round_plan: Vec<i64>,
    /// When it moved into interviewing.
    phase_start: i64,
    /// When it moved on from interviewing, or now while it is still there.
    phase_end: i64,
}

impl DraftApp {
    fn reached(&self, status: ApplicationStatus) -> bool {
        self.path.contains(&status)
    }
}

fn make_applications(
    size: &Size,
    companies: &[DraftCompany],
    rng: &mut Rng,
    now: i64,
) -> Vec<DraftApp> {
    if companies.is_empty() {
        return Vec::new();
    }
    let cumulative: Vec<u64> = companies
        .iter()
        .scan(0, |sum, c| {
            *sum += c.weight;
            Some(*sum)
        })
        .collect();
    let total = cumulative.last().copied().unwrap_or(1);
    let mut apps: Vec<DraftApp> = funnel(size.applications, rng)
        .into_iter()
        .map(|status| {
            let x = rng.below(total as usize) as u64;
            let company = cumulative.partition_point(|&c| c <= x);
            describe(company, &companies[company], status, rng)
        })
        .collect();
    plan_rounds(&mut apps, size.interviews, rng);
    for app in &mut apps {
        schedule(app, rng, now);
    }
    apps
}

/// The statuses of `n` applications in the funnel's proportions, shuffled.
fn funnel(n: usize, rng: &mut Rng) -> Vec<ApplicationStatus> {
    // Largest remainder: everyone gets the whole part of their share, and the
    // few left over go to the largest fractions, so small sizes keep the shape.
    let mut counts: Vec<usize> = FUNNEL.iter().map(|(_, pct)| n * pct / 100).collect();
    let mut by_remainder: Vec<usize> = (0..FUNNEL.len()).collect();
    by_remainder.sort_by_key(|&i| std::cmp::Reverse(n * FUNNEL[i].1 % 100));
    let left = n - counts.iter().sum::<usize>();
    for &i in by_remainder.iter().cycle().take(left) {
        counts[i] += 1;
    }
    let mut statuses: Vec<ApplicationStatus> = FUNNEL
        .iter()
        .zip(counts)
        .flat_map(|((status, _), count)| std::iter::repeat_n(*status, count))
        .collect();
    rng.shuffle(&mut statuses);
    statuses
}

/// Appends the move to `to`, which must be one that `next()` allows from the
/// last status; the routes in [`lifecycle`] only take such steps.
fn step(path: &mut Vec<ApplicationStatus>, to: ApplicationStatus) {
    debug_assert!(
        path.last().is_some_and(|from| from.next().contains(&to)),
        "illegal step {path:?} -> {to}"
    );
    path.push(to);
}

/// A history that ends at `target`, taking only steps the lifecycle allows.
fn lifecycle(target: ApplicationStatus, rng: &mut Rng) -> Vec<ApplicationStatus> {
    use ApplicationStatus::*;
    if target == Saved {
        return vec![Saved];
    }
    let mut path = Vec::with_capacity(6);
    if target == Withdrawn && rng.chance(0.3) {
        // Saved, then thought better of it before applying.
        path.push(Saved);
        step(&mut path, Withdrawn);
        return path;
    }
    // About a third of applications were saved first and sent later; the
    // rest were added when they were sent.
    if rng.chance(0.35) {
        path.push(Saved);
        step(&mut path, Applied);
    } else {
        path.push(Applied);
    }
    let route: &[ApplicationStatus] = match target {
        Applied if rng.chance(0.03) => &[Ghosted, Applied],
        Applied | Saved => &[],
        Interviewing if rng.chance(0.05) => &[Ghosted, Interviewing],
        Interviewing => &[Interviewing],
        Offer => &[Interviewing, Offer],
        Hired => &[Interviewing, Offer, Hired],
        Rejected => match rng.below(20) {
            0 => &[Interviewing, Offer, Rejected],
            1..=8 => &[Rejected],
            _ => &[Interviewing, Rejected],
        },
        Withdrawn => match rng.below(10) {
            0..=2 => &[Withdrawn],
            3..=7 => &[Interviewing, Withdrawn],
            _ => &[Interviewing, Offer, Withdrawn],
        },
        Ghosted if rng.chance(0.7) => &[Ghosted],
        Ghosted => &[Interviewing, Ghosted],
    };
    for &to in route {
        step(&mut path, to);
    }
    path
}

/// An application at `company` that ends up `status`; times come later.
fn describe(
    company: usize,
    draft: &DraftCompany,
    status: ApplicationStatus,
    rng: &mut Rng,
) -> DraftApp {
    let region = &REGIONS[draft.region];
    let company_name = draft.row.name.as_str();
    let (title, takes_level, resume) = *rng.pick(TITLES);
    let mut level = rng.weighted(&LEVELS.map(|l| l.1));
    if !takes_level {
        // "Lead Technical Lead" would read oddly; these titles only come plain or senior.
        level = if rng.chance(0.5) { 1 } else { 2 };
    }
    let focus = if rng.chance(0.15) {
        *rng.pick(FOCUS)
    } else {
        ""
    };
    let role = format!("{}{title}{focus}", LEVELS[level].0);

    let source = rng
        .chance(0.92)
        .then(|| SOURCES[rng.weighted(&SOURCES.map(|s| s.1))].0);
    let company_slug = slug(company_name);
    let role_slug = role
        .split_whitespace()
        .map(slug)
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let posting_url = match source {
        Some("LinkedIn") => Some(format!(
            "https://www.linkedin.com/jobs/view/{}",
            4_000_000_000 + rng.below(999_999_999)
        )),
        Some("Job board") if rng.chance(0.5) => Some(format!(
            "https://boards.greenhouse.io/{company_slug}/jobs/{}",
            1_000_000 + rng.below(8_999_999)
        )),
        Some("Job board") => Some(format!(
            "https://jobs.lever.co/{company_slug}/{}-{}",
            random_chars(rng, HEX, 8),
            random_chars(rng, HEX, 4)
        )),
        _ if rng.chance(0.7) => Some(format!(
            "https://{}/careers/{role_slug}-{}",
            draft.domain,
            100 + rng.below(9_900)
        )),
        _ => None,
    };
    let posting_text = rng.chance(0.75).then(|| {
        let skills = distinct(rng, SKILLS.len(), 4);
        own_text(
            "posting text",
            &format!(
                "{company_name} is looking for a {role} to join the {team} team. You will {duty}. \
                 Our stack includes {a}, {b} and {c}; experience with {d} is a plus.\n\n{culture} {workplace}",
                team = rng.pick(TEAMS),
                duty = rng.pick(DUTIES),
                a = SKILLS[skills[0]],
                b = SKILLS[skills[1]],
                c = SKILLS[skills[2]],
                d = SKILLS[skills[3]],
                culture = rng.pick(CULTURE),
                workplace = rng.pick(region.workplace),
            ),
        )
    });
    let salary = rng.chance(0.6).then(|| {
        let bonus = if resume == 2 { 25 } else { 0 };
        let base = (LEVELS[level].2 + bonus) * region.pay_percent / 100;
        // Within 15% either way, rounded to 5k as postings do.
        let min = (base * rng.between(85, 116) / 100 / 5 * 5).max(5) * 1_000;
        let max = (!rng.chance(0.1)).then(|| min + rng.between(2, 11) * 5_000);
        SalaryRange {
            min: Some(min),
            max,
            currency: Some(region.currency.to_owned()),
        }
    });
    // A saved application has not been sent, so no résumé went with it;
    // a third of the others say which version was sent, about 30% overall.
    let resume_id = (status != ApplicationStatus::Saved && rng.chance(1.0 / 3.0))
        .then(|| ResumeId(resume as i64 + 1));
    let excitement = rng
        .chance(0.85)
        .then(|| own_excitement(1 + rng.weighted(&[5, 15, 35, 30, 15]) as i64));
    let notes = rng
        .chance(0.2)
        .then(|| own_text("notes", rng.word(APPLICATION_NOTES)));
    let path = lifecycle(status, rng);
    DraftApp {
        row: Application {
            id: ApplicationId(0),
            company_id: CompanyId(0),
            role: own_name("role", &role),
            status,
            posting_url: posting_url.map(|u| own_url("posting", &u)),
            posting_text,
            source: source.map(|s| own_name("source", s)),
            salary,
            resume_id,
            excitement,
            notes,
            created_at: ts(0),
            status_changed_at: ts(0),
        },
        company,
        path,
        times: Vec::new(),
        notes: Vec::new(),
        rounds: 0,
        upcoming: false,
        round_plan: Vec::new(),
        phase_start: 0,
        phase_end: 0,
    }
}

/// `k` different indices below `n` (all of them when `n` is at most `k`).
fn distinct(rng: &mut Rng, n: usize, k: usize) -> Vec<usize> {
    let mut out: Vec<usize> = Vec::with_capacity(k);
    while out.len() < k.min(n) {
        let i = rng.below(n);
        if !out.contains(&i) {
            out.push(i);
        }
    }
    out
}

/// Shares `total` interview rounds among the applications that reached
/// interviewing: more for those that got to an offer, fewer for those still
/// in the middle of it, at least one each.
fn plan_rounds(apps: &mut [DraftApp], total: usize, rng: &mut Rng) {
    use ApplicationStatus::*;
    let mut eligible: Vec<usize> = (0..apps.len())
        .filter(|&i| apps[i].reached(Interviewing))
        .collect();
    if eligible.is_empty() && total > 0 && !apps.is_empty() {
        // The funnel gave no interviewing stage (a tiny size); promote one
        // application so the interviews have somewhere to go.
        apps[0].path = vec![Applied, Interviewing];
        apps[0].row.status = Interviewing;
        eligible.push(0);
    }
    if eligible.is_empty() {
        return;
    }
    if total < eligible.len() {
        rng.shuffle(&mut eligible);
        for &i in &eligible[..total] {
            apps[i].rounds = 1;
        }
        return;
    }
    let weights: Vec<u64> = eligible
        .iter()
        .map(|&i| {
            let (lo, hi) = if apps[i].reached(Offer) {
                (5, 10)
            } else if apps[i].row.status == Interviewing {
                (2, 8)
            } else {
                (2, 7)
            };
            rng.between(lo, hi) as u64
        })
        .collect();
    let sum: u64 = weights.iter().sum();
    let mut given = 0;
    for (&i, &w) in eligible.iter().zip(&weights) {
        let share = ((total as u64 * w + sum / 2) / sum).max(1) as usize;
        apps[i].rounds = share;
        given += share;
    }
    // Rounding leaves the sum a little off; walk round the applications from
    // a random start, one round at a time, until it is exact. Taking away
    // always finds an application with more than one round, since the total
    // is at least the number of applications.
    let mut k = rng.below(eligible.len());
    while given < total {
        apps[eligible[k % eligible.len()]].rounds += 1;
        given += 1;
        k += 1;
    }
    while given > total {
        let app = &mut apps[eligible[k % eligible.len()]];
        if app.rounds > 1 {
            app.rounds -= 1;
            given -= 1;
        }
        k += 1;
    }
    for &i in &eligible {
        // Some of those still interviewing have their next round coming up.
        if apps[i].row.status == Interviewing && apps[i].rounds > 0 && rng.chance(0.4) {
            apps[i].upcoming = true;
        }
    }
}

/// How long after `from` an application moved to `to`, outside interviewing.
fn gap(from: ApplicationStatus, to: ApplicationStatus, rng: &mut Rng) -> i64 {
    use ApplicationStatus::*;
    let (lo, hi) = match (from, to) {
        (Saved, Applied) => (6 * HOUR, 14 * DAY),
        (Saved, Withdrawn) => (DAY, 30 * DAY),
        (Applied, Interviewing) => (3 * DAY, 21 * DAY),
        (Applied, Rejected) => (2 * DAY, 35 * DAY),
        (Applied, Withdrawn) => (3 * DAY, 30 * DAY),
        (Applied, Ghosted) => (21 * DAY, 60 * DAY),
        (Ghosted, _) => (7 * DAY, 45 * DAY),
        (Offer, _) => (2 * DAY, 14 * DAY),
        _ => (DAY, 14 * DAY),
    };
    rng.between(lo, hi)
}

/// Rounds from `start`: the first a few days in, the next ones every few
/// days, so that no two are less than three days apart (fitting a round into
/// office hours on a weekday moves it by less than two days either way, so
/// rounds never swap or overlap). Returns the last.
fn plan_round_times(plan: &mut Vec<i64>, start: i64, rounds: usize, rng: &mut Rng) -> i64 {
    let mut t = start;
    for r in 0..rounds {
        t += if r == 0 && plan.is_empty() {
            rng.between(DAY, 7 * DAY)
        } else {
            rng.between(3 * DAY, 10 * DAY)
        };
        plan.push(t);
    }
    t
}

/// Places the application's history in time, ending before `now`.
///
/// The gaps between moves are drawn first, from the creation onwards; then
/// the whole history is placed so that its current status has lasted a
/// plausible while: days or weeks for a live application, anything up to the
/// span for a closed one.
fn schedule(app: &mut DraftApp, rng: &mut Rng, now: i64) {
    use ApplicationStatus::*;
    let status = *app.path.last().unwrap_or(&app.row.status);
    let mut times = vec![0];
    let mut t = 0;
    for pair in app.path.windows(2) {
        let (from, to) = (pair[0], pair[1]);
        if from == Interviewing {
            app.phase_start = t;
            let last = plan_round_times(&mut app.round_plan, t, app.rounds, rng);
            let after = match to {
                Ghosted => rng.between(14 * DAY, 30 * DAY),
                Offer => rng.between(2 * DAY, 10 * DAY),
                Rejected => rng.between(DAY, 10 * DAY),
                _ => rng.between(DAY, 7 * DAY),
            };
            // Without rounds (only with very few interviews overall) the
            // phase still takes a while.
            t = if app.rounds == 0 {
                t + rng.between(3 * DAY, 21 * DAY)
            } else {
                last + after
            };
            app.phase_end = t;
        } else {
            t += gap(from, to, rng);
        }
        times.push(t);
    }
    let total = t;
    let tail = match status {
        Saved => rng.between(HOUR, 60 * DAY),
        Applied if rng.chance(0.2) => rng.between(40 * DAY, 90 * DAY),
        Applied => rng.between(HOUR, 40 * DAY),
        Offer => rng.between(HOUR, 14 * DAY),
        Interviewing => {
            app.phase_start = total;
            let past = app.rounds - usize::from(app.upcoming);
            let last = plan_round_times(&mut app.round_plan, total, past, rng);
            let wait = if past == 0 {
                rng.between(2 * HOUR, 5 * DAY)
            } else {
                rng.between(DAY, 5 * DAY)
            };
            last - total + wait
        }
        Hired | Rejected | Withdrawn | Ghosted if total < SPAN => rng.between(0, SPAN - total),
        Hired | Rejected | Withdrawn | Ghosted => rng.between(0, 7 * DAY),
    };
    let created = now - tail - total;
    app.times = times.into_iter().map(|t| t + created).collect();
    for plan in &mut app.round_plan {
        *plan += created;
    }
    app.phase_start += created;
    app.phase_end = if status == Interviewing {
        now
    } else {
        app.phase_end + created
    };
    if app.upcoming {
        // Twelve days at most, so that office hours on a weekday near it
        // still fall within the two weeks.
        app.round_plan.push(now + rng.between(2 * HOUR, 12 * DAY));
    }
    app.notes = app
        .path
        .iter()
        .enumerate()
        .map(|(i, &to)| {
            let from = i.checked_sub(1).map(|j| app.path[j]);
            event_note(from, to, rng)
        })
        .collect();
    app.row.status = status;
    app.row.created_at = ts(app.times[0]);
    app.row.status_changed_at = ts(*app.times.last().unwrap_or(&created));
}

/// Sometimes a word on why the status changed.
fn event_note(
    from: Option<ApplicationStatus>,
    to: ApplicationStatus,
    rng: &mut Rng,
) -> Option<String> {
    use ApplicationStatus::*;
    if from.is_none() || !rng.chance(0.35) {
        return None;
    }
    let notes: &[&str] = match (from, to) {
        (Some(Ghosted), _) => &["They came back after weeks of silence."],
        (_, Applied) => &[
            "Sent the application with a tailored cover letter.",
            "Applied through the careers page.",
            "Referral submitted by a former colleague.",
        ],
        (_, Interviewing) => &[
            "Recruiter scheduled a first call.",
            "Invited to a phone screen.",
            "Passed the résumé screen.",
        ],
        (_, Offer) => &[
            "Verbal offer, written offer to follow.",
            "Written offer received.",
            "Offer came in at the top of the range.",
        ],
        (_, Hired) => &[
            "Signed the contract!",
            "Accepted the offer; start date agreed.",
        ],
        (_, Rejected) => &[
            "Generic rejection email.",
            "They went with a candidate with more domain experience.",
            "Position filled internally.",
            "Rejected after the final round; asked for feedback.",
            "Role put on hold.",
        ],
        (_, Withdrawn) => &[
            "Salary below my range.",
            "Accepted another offer.",
            "Relocation required.",
            "The team seemed stretched thin.",
            "Declined the offer after negotiating.",
        ],
        (_, Ghosted) => &[
            "No reply after two follow-ups.",
            "No answer for six weeks.",
            "Recruiter stopped replying.",
        ],
        (_, Saved) => return None,
    };
    Some((*rng.pick(notes)).to_owned())
}

// ---------------------------------------------------------------------------
// Contacts

const FIRST_NAMES: &[&str] = &[
    "Anna",
    "Ben",
    "Carla",
    "David",
    "Elena",
    "Felix",
    "Grace",
    "Hannah",
    "Ivan",
    "Julia",
    "Karim",
    "Laura",
    "Marco",
    "Nina",
    "Omar",
    "Paula",
    "Quentin",
    "Rosa",
    "Samir",
    "Tara",
    "Umar",
    "Vera",
    "Wei",
    "Xenia",
    "Yusuf",
    "Zoë",
    "Aisha",
    "Bruno",
    "Chloé",
    "Dmitri",
    "Emma",
    "Fatima",
    "Gabriel",
    "Hiro",
    "Inès",
    "Jonas",
    "Kai",
    "Lena",
    "Mateo",
    "Noor",
    "Olga",
    "Pedro",
    "Ravi",
    "Sofia",
    "Tomás",
    "Ulrike",
    "Viktor",
    "Wiebke",
    "Yara",
    "Zara",
    "Amir",
    "Björn",
    "Camille",
    "Diego",
    "Eva",
    "Finn",
    "Greta",
    "Hugo",
    "Isabel",
    "Jakob",
    "Keiko",
    "Lars",
    "Maya",
    "Nils",
    "Oscar",
    "Priya",
    "Rafael",
    "Sara",
    "Theo",
    "Uma",
    "Valentina",
    "William",
    "Xavier",
    "Yuki",
    "Zeynep",
    "Alex",
    "Beatriz",
    "Chen",
    "Daniel",
    "Emil",
    "Frida",
    "Georg",
    "Helena",
    "Ingrid",
    "Jürgen",
    "Kofi",
    "Leila",
    "Mia",
    "Niamh",
    "Ola",
    "Pia",
    "Rohan",
    "Søren",
    "Tessa",
    "Vikram",
    "Wanda",
    "Ximena",
    "Yosef",
    "Zofia",
    "Małgorzata",
    "José",
    "Seán",
    "Liam",
    "Olivia",
    "Noah",
    "Amelia",
    "Lucas",
    "Mila",
    "Aarav",
    "Chiara",
    "Mehmet",
    "Ngozi",
    "Sipho",
    "Hana",
    "Mateusz",
];

const LAST_NAMES: &[&str] = &[
    "Schmidt",
    "Müller",
    "Nguyen",
    "García",
    "Smith",
    "Johnson",
    "Kowalski",
    "Rossi",
    "Dubois",
    "Jansen",
    "Andersson",
    "O'Brien",
    "Novak",
    "Popescu",
    "Yılmaz",
    "Kim",
    "Tanaka",
    "Singh",
    "Patel",
    "Silva",
    "Costa",
    "Fischer",
    "Weber",
    "Meyer",
    "Wagner",
    "Becker",
    "Hoffmann",
    "Schulz",
    "Koch",
    "Richter",
    "Klein",
    "Wolf",
    "Neumann",
    "Schwarz",
    "Zimmermann",
    "Braun",
    "Krüger",
    "Hartmann",
    "Lange",
    "Werner",
    "Krause",
    "Lehmann",
    "Köhler",
    "König",
    "Huber",
    "Williams",
    "Brown",
    "Jones",
    "Miller",
    "Davis",
    "Wilson",
    "Anderson",
    "Taylor",
    "Thomas",
    "Moore",
    "Jackson",
    "White",
    "Harris",
    "Clark",
    "Lewis",
    "Walker",
    "Hall",
    "Young",
    "Allen",
    "Wright",
    "Scott",
    "Green",
    "Baker",
    "Adams",
    "Nelson",
    "Hill",
    "Campbell",
    "Mitchell",
    "Roberts",
    "Carter",
    "Evans",
    "Turner",
    "Torres",
    "Parker",
    "Collins",
    "Edwards",
    "Murphy",
    "Cook",
    "Morgan",
    "Cooper",
    "Bailey",
    "Kelly",
    "Howard",
    "Ward",
    "Watson",
    "Brooks",
    "Bennett",
    "Gray",
    "Hughes",
    "Price",
    "Foster",
    "Sullivan",
    "Russell",
    "Ortiz",
    "Gutiérrez",
    "Kimura",
    "Watanabe",
    "Sato",
    "Suzuki",
    "Larsen",
    "Hansen",
    "Nielsen",
    "Virtanen",
    "Korhonen",
    "Lindqvist",
    "Bakker",
    "de Vries",
    "van Dijk",
    "Visser",
    "Moreau",
    "Laurent",
    "Lefèvre",
    "Fontaine",
    "Ferrari",
    "Esposito",
    "Romano",
    "Bianchi",
    "Fernández",
    "López",
    "Martínez",
    "Sánchez",
    "Pérez",
    "Ivanov",
    "Petrov",
    "Horváth",
    "Nowak",
    "Wiśniewski",
    "Dvořák",
    "Öztürk",
    "Demir",
    "Haddad",
    "Mensah",
    "Okafor",
    "Chatterjee",
    "Iyer",
    "Rao",
    "Zhang",
    "Wang",
    "Li",
    "Liu",
    "Chen",
    "Park",
    "Choi",
    "Adeyemi",
    "Mwangi",
    "Kowalczyk",
    "Byrne",
    "Quinn",
];

const RECRUITER_TITLES: &[&str] = &[
    "Technical Recruiter",
    "Senior Technical Recruiter",
    "Talent Acquisition Partner",
    "Recruiting Coordinator",
    "Head of Talent",
];
const AGENCY_TITLES: &[&str] = &[
    "Independent Recruiter",
    "Executive Recruiter",
    "Tech Recruitment Consultant",
];
const MANAGER_TITLES: &[&str] = &[
    "Engineering Manager",
    "Senior Engineering Manager",
    "Director of Engineering",
    "VP of Engineering",
    "CTO",
    "Head of Platform",
    "Head of Data",
];
const ENGINEER_TITLES: &[&str] = &[
    "Software Engineer",
    "Senior Software Engineer",
    "Staff Engineer",
    "Principal Engineer",
    "Site Reliability Engineer",
    "Data Engineer",
    "Backend Engineer",
    "Frontend Engineer",
    "Security Engineer",
];
const OTHER_TITLES: &[&str] = &[
    "Product Manager",
    "Product Designer",
    "Career Coach",
    "Founder",
    "Developer Advocate",
    "Technical Writer",
    "Engineering Coach",
];
const MAIL_DOMAINS: &[&str] = &[
    "gmail.com",
    "outlook.com",
    "proton.me",
    "fastmail.com",
    "posteo.de",
    "icloud.com",
];
const HOW_MET: &[&str] = &[
    "Met at RustConf",
    "Former colleague",
    "Reached out on LinkedIn",
    "Introduced by a friend",
    "Interviewed me",
    "Met at a Berlin meetup",
    "University classmate",
    "Open-source collaborator",
    "KubeCon hallway track",
    "Alumni network",
];
const CONTACT_NOTES: &[&str] = &[
    "Prefers email over LinkedIn messages.",
    "Offered to refer me for backend roles.",
    "Talked about async runtimes for an hour.",
    "Knows hiring managers at several companies.",
    "Send a thank-you note after each conversation.",
    "Moved to a new company recently.",
];

/// What part a person can play on the other side of an interview.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Recruiter,
    Manager,
    Engineer,
    Other,
}

/// A contact as it is being made.
struct DraftContact {
    row: Contact,
    company: Option<usize>,
    part: Part,
}

/// A phone number in the region's style, from ranges kept for fiction where
/// there are such ranges (555-01xx in North America, 020 7946 0xxx in London).
fn phone_number(region: usize, rng: &mut Rng) -> String {
    match region {
        0 => format!(
            "+1 {} 555 01{}",
            rng.pick(&["212", "415", "312", "206", "617", "512"]),
            random_chars(rng, DIGITS, 2)
        ),
        1 => format!(
            "+49 {} {}",
            rng.pick(&["151", "160", "170", "30", "89"]),
            random_chars(rng, DIGITS, 7)
        ),
        _ => format!("+44 20 7946 0{}", random_chars(rng, DIGITS, 3)),
    }
}

fn make_contacts(
    n: usize,
    companies: &[DraftCompany],
    apps: &[DraftApp],
    rng: &mut Rng,
    now: i64,
) -> Vec<DraftContact> {
    let mut emails: HashSet<String> = HashSet::with_capacity(n / 2);
    (0..n)
        .map(|_| {
            // Most people at a company are at one the person applied to,
            // which puts them where the interviews are.
            let company = (!companies.is_empty() && rng.chance(0.6)).then(|| {
                if !apps.is_empty() && rng.chance(0.7) {
                    rng.pick(apps).company
                } else {
                    rng.below(companies.len())
                }
            });
            let part = match company {
                Some(_) => [Part::Recruiter, Part::Manager, Part::Engineer, Part::Other]
                    [rng.weighted(&[10, 18, 62, 10])],
                None => [Part::Recruiter, Part::Manager, Part::Engineer, Part::Other]
                    [rng.weighted(&[5, 5, 45, 45])],
            };
            let first = *rng.pick(FIRST_NAMES);
            let last = *rng.pick(LAST_NAMES);
            let full = if rng.chance(0.2) {
                format!(
                    "{first} {}. {last}",
                    char::from(*rng.pick(LETTERS)).to_ascii_uppercase()
                )
            } else {
                format!("{first} {last}")
            };
            let region = match company {
                Some(c) => companies[c].region,
                None => rng.below(REGIONS.len()),
            };
            let email = rng.chance(0.4).then(|| {
                let domain = match company {
                    Some(c) if rng.chance(0.85) => companies[c].domain.as_str(),
                    _ => rng.pick(MAIL_DOMAINS),
                };
                let (f, l) = (slug(first), slug(last));
                let local = match rng.below(10) {
                    0..=5 => format!("{f}.{l}"),
                    6 | 7 => format!("{}{l}", f.get(..1).unwrap_or_default()),
                    8 => format!("{f}{l}"),
                    _ => f.clone(),
                };
                let mut address = format!("{local}@{domain}");
                let mut k = 2;
                while emails.contains(&address) {
                    address = format!("{local}{k}@{domain}");
                    k += 1;
                }
                emails.insert(address.clone());
                own_email(&address)
            });
            let phone = rng
                .chance(if part == Part::Recruiter { 0.6 } else { 0.15 })
                .then(|| own_phone(&phone_number(region, rng)));
            let title = rng
                .chance(if company.is_some() { 0.9 } else { 0.6 })
                .then(|| {
                    let titles = match (part, company) {
                        (Part::Recruiter, Some(_)) => RECRUITER_TITLES,
                        (Part::Recruiter, None) => AGENCY_TITLES,
                        (Part::Manager, _) => MANAGER_TITLES,
                        (Part::Engineer, _) => ENGINEER_TITLES,
                        (Part::Other, _) => OTHER_TITLES,
                    };
                    own_name("title", rng.word(titles))
                });
            let linkedin = rng.chance(0.65).then(|| {
                own_url(
                    "linkedin",
                    &format!(
                        "https://www.linkedin.com/in/{}-{}-{}",
                        slug(first),
                        slug(last),
                        random_chars(rng, HEX, 6)
                    ),
                )
            });
            let how_met = rng
                .chance(0.35)
                .then(|| own_name("how met", rng.word(HOW_MET)));
            let notes = rng
                .chance(0.1)
                .then(|| own_text("notes", rng.word(CONTACT_NOTES)));
            let mut tags = Vec::new();
            if part == Part::Recruiter {
                tags.push(own_tag("recruiter"));
            }
            if part == Part::Manager && rng.chance(0.5) {
                tags.push(own_tag("hiring-manager"));
            }
            for (word, p) in [("ex-colleague", 0.10), ("referrer", 0.05), ("alumni", 0.03)] {
                if rng.chance(p) {
                    tags.push(own_tag(word));
                }
            }
            if company.is_none() {
                for (word, p) in [("mentor", 0.07), ("friend", 0.10)] {
                    if rng.chance(p) {
                        tags.push(own_tag(word));
                    }
                }
            }
            // People are added after their company, and before now.
            let since = company.map_or(now - SPAN, |c| companies[c].row.created_at.as_second());
            DraftContact {
                row: Contact {
                    id: ContactId(0),
                    name: own_name("name", &full),
                    email,
                    phone,
                    company_id: None,
                    title,
                    linkedin,
                    how_met,
                    notes,
                    tags,
                    created_at: ts(rng.between(since, now)),
                },
                company,
                part,
            }
        })
        .collect()
}

// ---------------------------------------------------------------------------
// Interviews

/// The candidate's own zone, in which remote interviews are often scheduled.
const HOME_ZONE: (&str, i64) = ("Europe/Berlin", 1);

/// Things worth remembering from a round of `kind`.
fn interview_notes(kind: InterviewKind) -> &'static [&'static str] {
    match kind {
        InterviewKind::PhoneScreen => &[
            "Talked about motivation and salary expectations.",
            "The recruiter walked me through the process: four rounds.",
            "Asked why I am leaving my current job.",
        ],
        InterviewKind::Technical => &[
            "Live coding: an LRU cache in Rust.",
            "System design: a rate limiter for a public API.",
            "Debugging exercise on a failing service.",
            "Reviewed my take-home; many questions on error handling.",
            "SQL questions on window functions and indexes.",
        ],
        InterviewKind::Behavioural => &[
            "A conflict with a colleague, in STAR format.",
            "Asked about a project that failed.",
            "Questions on mentoring and giving feedback.",
        ],
        InterviewKind::Panel => &[
            "Four interviewers, mostly architecture questions.",
            "Presented a past project for twenty minutes.",
        ],
        InterviewKind::Onsite => &[
            "Three sessions and lunch with the team.",
            "Whiteboard design of a job queue; met the team.",
        ],
        InterviewKind::Final => &[
            "Met the CTO; talked about the roadmap.",
            "Culture and values conversation with the VP.",
        ],
        InterviewKind::Other => &[
            "Coffee chat with a future teammate.",
            "Informal lunch with the team lead.",
        ],
    }
}

/// An interview as it is being made, with its people.
struct DraftInterview {
    row: Interview,
    app: usize,
    panel: Vec<(usize, InterviewerRole)>,
}

/// The people a company puts in front of a candidate for one application.
#[derive(Default)]
struct Team {
    recruiter: Option<usize>,
    manager: Option<usize>,
    engineers: Vec<usize>,
}

/// Contacts at each company, by the part they can play.
struct Staff {
    recruiters: Vec<Vec<usize>>,
    managers: Vec<Vec<usize>>,
    engineers: Vec<Vec<usize>>,
    /// Recruiters at agencies, who stand in for companies without one.
    agency: Vec<usize>,
}

impl Staff {
    fn new(contacts: &[DraftContact], companies: usize) -> Staff {
        let mut staff = Staff {
            recruiters: vec![Vec::new(); companies],
            managers: vec![Vec::new(); companies],
            engineers: vec![Vec::new(); companies],
            agency: Vec::new(),
        };
        for (i, c) in contacts.iter().enumerate() {
            match (c.company, c.part) {
                (Some(co), Part::Recruiter) => staff.recruiters[co].push(i),
                (Some(co), Part::Manager) => staff.managers[co].push(i),
                (Some(co), Part::Engineer | Part::Other) => staff.engineers[co].push(i),
                (None, Part::Recruiter) => staff.agency.push(i),
                (None, _) => {}
            }
        }
        staff
    }

    /// A team for one application at `company`: the same people across its
    /// rounds, as in a real process. Falls back to anyone in the contacts
    /// when nobody at the company is known.
    fn team(&self, company: usize, contacts: usize, rng: &mut Rng) -> Team {
        let recruiters = &self.recruiters[company];
        let managers = &self.managers[company];
        let engineers = &self.engineers[company];
        let recruiter = if !recruiters.is_empty() {
            Some(*rng.pick(recruiters))
        } else if !self.agency.is_empty() && rng.chance(0.5) {
            Some(*rng.pick(&self.agency))
        } else {
            None
        };
        let manager = (!managers.is_empty()).then(|| *rng.pick(managers));
        let start = rng.below(engineers.len().max(1));
        let engineers: Vec<usize> = (0..engineers.len().min(4))
            .map(|k| engineers[(start + k) % engineers.len()])
            .collect();
        let mut team = Team {
            recruiter,
            manager,
            engineers,
        };
        if team.recruiter.is_none()
            && team.manager.is_none()
            && team.engineers.is_empty()
            && contacts > 0
        {
            team.engineers = distinct(rng, contacts, 2.min(contacts));
        }
        team
    }
}

/// Who sits on one round of `kind`: one to three people from the team, each once.
fn panel(kind: InterviewKind, team: &Team, rng: &mut Rng) -> Vec<(usize, InterviewerRole)> {
    use InterviewKind::*;
    use InterviewerRole as R;
    /// Seats `who`, unless the panel is full or they are on it already.
    fn add(who: Option<usize>, role: InterviewerRole, out: &mut Vec<(usize, InterviewerRole)>) {
        if let Some(who) = who
            && out.len() < 3
            && !out.iter().any(|(c, _)| *c == who)
        {
            out.push((who, role));
        }
    }
    let mut out: Vec<(usize, InterviewerRole)> = Vec::with_capacity(3);
    let engineer = |rng: &mut Rng| (!team.engineers.is_empty()).then(|| *rng.pick(&team.engineers));
    match kind {
        PhoneScreen => {
            add(
                team.recruiter.or(team.manager),
                if team.recruiter.is_some() {
                    R::Recruiter
                } else {
                    R::HiringManager
                },
                &mut out,
            );
        }
        Technical => {
            for _ in 0..1 + rng.below(2) {
                add(engineer(rng), R::Interviewer, &mut out);
            }
        }
        Behavioural => {
            add(team.manager, R::HiringManager, &mut out);
            if rng.chance(0.5) {
                add(engineer(rng), R::Interviewer, &mut out);
            }
        }
        Panel | Onsite => {
            for _ in 0..2 + rng.below(2) {
                add(engineer(rng), R::Panelist, &mut out);
            }
            if rng.chance(0.5) {
                add(team.manager, R::HiringManager, &mut out);
            }
        }
        Final => {
            add(team.manager, R::HiringManager, &mut out);
            if rng.chance(0.4) {
                add(team.recruiter, R::Recruiter, &mut out);
            }
        }
        Other => add(engineer(rng), R::Interviewer, &mut out),
    }
    if out.is_empty() {
        // The company's known people do not fit this kind of round; anyone
        // from the team is better than nobody.
        let anyone = team
            .manager
            .or(team.engineers.first().copied())
            .or(team.recruiter);
        let role = if anyone == team.recruiter {
            R::Recruiter
        } else {
            R::Interviewer
        };
        add(anyone, role, &mut out);
    }
    out
}

/// The kind of round `r` (from 0) of `n`.
fn round_kind(r: usize, n: usize, got_offer: bool, rng: &mut Rng) -> InterviewKind {
    use InterviewKind::*;
    if r == 0 {
        PhoneScreen
    } else if r + 1 == n && (got_offer || rng.chance(0.15)) {
        Final
    } else {
        [Technical, Behavioural, Panel, Onsite, Other][rng.weighted(&[45, 25, 12, 12, 6])]
    }
}

/// How long a round of `kind` lasts, in minutes: 30 to 90.
fn minutes(kind: InterviewKind, rng: &mut Rng) -> i64 {
    use InterviewKind::*;
    let choices: &[i64] = match kind {
        PhoneScreen => &[30, 30, 45],
        Technical | Panel => &[60, 60, 90],
        Behavioural | Final => &[45, 60],
        Onsite => &[90],
        Other => &[30, 45, 60],
    };
    *rng.pick(choices)
}

/// Moves `planned` into office hours, on the hour or half past, on the same
/// local day in a zone `offset` hours from UTC, or on the nearest weekday
/// when that day is a Saturday or a Sunday.
///
/// The offset is the zone's standard one: during daylight-saving time the
/// interview lands an hour later than intended, still in office hours, and
/// the generator needs no time-zone database.
fn office_hours(planned: i64, offset: i64, rng: &mut Rng) -> i64 {
    let local = planned + offset * HOUR;
    let days = local.div_euclid(DAY);
    // The Unix epoch was a Thursday, so day 2 was a Saturday.
    let day = match (days - 2).rem_euclid(7) {
        0 => days - 1,
        1 => days + 1,
        _ => days,
    } * DAY;
    let hour = *rng.pick(&[9, 10, 10, 11, 11, 13, 14, 14, 15, 16]);
    day + hour * HOUR + *rng.pick(&[0, 30]) * MINUTE - offset * HOUR
}

fn location(kind: InterviewKind, company: &DraftCompany, rng: &mut Rng) -> Option<Name> {
    if rng.chance(0.08) {
        return None;
    }
    let office = REGIONS[company.region].offices[company.office].0;
    let text = match kind {
        InterviewKind::Onsite => format!("{} office, {office}", company.row.name),
        InterviewKind::PhoneScreen if rng.chance(0.4) => "Phone call".to_owned(),
        _ => match rng.below(3) {
            0 => format!(
                "https://meet.google.com/{}-{}-{}",
                random_chars(rng, LETTERS, 3),
                random_chars(rng, LETTERS, 4),
                random_chars(rng, LETTERS, 3)
            ),
            1 => format!("https://zoom.us/j/{}", random_chars(rng, DIGITS, 10)),
            _ => "Microsoft Teams".to_owned(),
        },
    };
    Some(own_name("location", &text))
}

fn make_interviews(
    apps: &[DraftApp],
    companies: &[DraftCompany],
    contacts: &mut [DraftContact],
    rng: &mut Rng,
    now: i64,
) -> Vec<DraftInterview> {
    let staff = Staff::new(contacts, companies.len());
    let mut interviews: Vec<DraftInterview> =
        Vec::with_capacity(apps.iter().map(|a| a.round_plan.len()).sum());
    for (a, app) in apps.iter().enumerate() {
        if app.round_plan.is_empty() {
            continue;
        }
        let company = &companies[app.company];
        let (_, office_zone, office_offset) = REGIONS[company.region].offices[company.office];
        let team = staff.team(app.company, contacts.len(), rng);
        let got_offer = app.reached(ApplicationStatus::Offer);
        let n = app.round_plan.len();
        let mut prev_end = app.phase_start;
        let mut prev_created = app.phase_start;
        for (r, &planned) in app.round_plan.iter().enumerate() {
            let future = app.upcoming && r + 1 == n;
            let kind = round_kind(r, n, got_offer, rng);
            let length = minutes(kind, rng) * MINUTE;
            let (zone, offset) = if kind == InterviewKind::Onsite || rng.chance(0.5) {
                (office_zone, office_offset)
            } else {
                HOME_ZONE
            };
            // A past round stays between the previous one and the next move
            // (or now); a coming one stays ahead of now. When office hours
            // would break that, the planned time, to five minutes, is kept:
            // rounds are planned at least a day clear of the moves and three
            // days clear of each other.
            let (lo, hi) = if future {
                (now + HOUR, i64::MAX)
            } else {
                (prev_end + HOUR, app.phase_end - HOUR)
            };
            let snapped = office_hours(planned, offset, rng);
            let start = if snapped >= lo && snapped + length <= hi {
                snapped
            } else {
                planned - planned.rem_euclid(5 * MINUTE)
            };
            let status = if future {
                InterviewStatus::Scheduled
            } else if got_offer && r + 1 == n {
                // The round before an offer took place.
                InterviewStatus::Done
            } else {
                [
                    InterviewStatus::Done,
                    InterviewStatus::Cancelled,
                    InterviewStatus::NoShow,
                ][rng.weighted(&[92, 6, 2])]
            };
            // A round that took place may have run over or ended early.
            let end = if status == InterviewStatus::Done {
                start + (length + rng.between(-10, 11) * MINUTE).clamp(30 * MINUTE, 90 * MINUTE)
            } else {
                start + length
            };
            // Scheduled a few days ahead, in round order, never before the
            // application moved into interviewing and never after now.
            let created = (start - rng.between(HOUR, 10 * DAY))
                .max(prev_created)
                .max(app.phase_start)
                .min(start)
                .min(now);
            let notes = (status == InterviewStatus::Done && rng.chance(0.35))
                .then(|| own_text("notes", rng.word(interview_notes(kind))));
            let people = panel(kind, &team, rng);
            for &(c, _) in &people {
                // People are in the contacts by the time they are on an interview.
                let contact = &mut contacts[c].row;
                contact.created_at = contact.created_at.min(ts(created));
            }
            interviews.push(DraftInterview {
                row: Interview {
                    id: InterviewId(0),
                    application_id: ApplicationId(0),
                    round: r as i64 + 1,
                    kind,
                    starts_at: ts(start),
                    ends_at: ts(end),
                    time_zone: zone.to_owned(),
                    location: location(kind, company, rng),
                    status,
                    notes,
                    created_at: ts(created),
                },
                app: a,
                panel: people,
            });
            prev_end = end;
            prev_created = created;
        }
    }
    interviews
}

// ---------------------------------------------------------------------------
// The backup

/// Sorts `rows` by creation time (then by the order they were made), and
/// returns them with each draft row's new id, from 1.
fn by_creation<T>(rows: Vec<T>, created: impl Fn(&T) -> Timestamp) -> (Vec<T>, Vec<i64>) {
    let mut tagged: Vec<(usize, T)> = rows.into_iter().enumerate().collect();
    tagged.sort_by_key(|(i, row)| (created(row), *i));
    let mut ids = vec![0; tagged.len()];
    for (position, (draft, _)) in tagged.iter().enumerate() {
        ids[*draft] = position as i64 + 1;
    }
    (tagged.into_iter().map(|(_, row)| row).collect(), ids)
}

fn profile() -> Profile {
    let skills = [
        "Rust",
        "PostgreSQL",
        "Kubernetes",
        "Distributed systems",
        "Go",
        "AWS",
        "Terraform",
        "gRPC",
        "Observability",
        "Leadership",
    ];
    Profile {
        name: Some(own_name("name", "Alex Morgan")),
        email: Some(own_email("alex.morgan@example.org")),
        signature: Some(own_text("signature", "Best regards,\nAlex Morgan")),
        time_zone: Some(HOME_ZONE.0.to_owned()),
        skills: skills.iter().map(|s| own_name("skill", s)).collect(),
    }
}

fn resumes() -> Vec<Resume> {
    [
        ("backend", "~/Documents/resumes/alex-morgan-backend.pdf"),
        ("platform", "~/Documents/resumes/alex-morgan-platform.pdf"),
        (
            "engineering-manager",
            "~/Documents/resumes/alex-morgan-em.pdf",
        ),
    ]
    .iter()
    .enumerate()
    .map(|(i, (label, path))| Resume {
        id: ResumeId(i as i64 + 1),
        label: own_name("label", label),
        path: (*path).to_owned(),
    })
    .collect()
}

/// Numbers every table in creation order, as a store would have, and
/// points every reference at the new ids.
fn assemble(
    companies: Vec<DraftCompany>,
    apps: Vec<DraftApp>,
    contacts: Vec<DraftContact>,
    interviews: Vec<DraftInterview>,
) -> Backup {
    let mut backup = Backup::new();
    backup.profile = profile();
    backup.resumes = resumes();

    let (companies, company_ids) = by_creation(
        companies.into_iter().map(|c| c.row).collect(),
        |c: &Company| c.created_at,
    );
    backup.companies = companies
        .into_iter()
        .zip(1..)
        .map(|(row, id)| Company {
            id: CompanyId(id),
            ..row
        })
        .collect();

    let (apps, app_ids) = by_creation(apps, |a: &DraftApp| a.row.created_at);
    let mut events = Vec::with_capacity(apps.iter().map(|a| a.path.len()).sum());
    backup.applications = apps
        .into_iter()
        .zip(1..)
        .map(|(app, id)| {
            for (i, ((&to, &at), note)) in
                app.path.iter().zip(&app.times).zip(app.notes).enumerate()
            {
                events.push(ApplicationEvent {
                    id: EventId(0),
                    application_id: ApplicationId(id),
                    at: ts(at),
                    from_status: i.checked_sub(1).map(|j| app.path[j]),
                    to_status: to,
                    forced: false,
                    note,
                });
            }
            Application {
                id: ApplicationId(id),
                company_id: CompanyId(company_ids[app.company]),
                ..app.row
            }
        })
        .collect();
    // The log is numbered in the order things happened; an application's
    // own entries are strictly in time order, so the sort keeps them so.
    events.sort_by_key(|e| (e.at, e.application_id));
    for (e, id) in events.iter_mut().zip(1..) {
        e.id = EventId(id);
    }
    backup.application_events = events;

    let (contacts, contact_ids) = by_creation(contacts, |c: &DraftContact| c.row.created_at);
    backup.contacts = contacts
        .into_iter()
        .zip(1..)
        .map(|(c, id)| Contact {
            id: ContactId(id),
            company_id: c.company.map(|co| CompanyId(company_ids[co])),
            ..c.row
        })
        .collect();

    let (interviews, _) = by_creation(interviews, |i: &DraftInterview| i.row.created_at);
    let mut interviewers = Vec::with_capacity(interviews.iter().map(|i| i.panel.len()).sum());
    backup.interviews = interviews
        .into_iter()
        .zip(1..)
        .map(|(draft, id)| {
            for (c, role) in draft.panel {
                interviewers.push(Interviewer {
                    interview_id: InterviewId(id),
                    contact_id: ContactId(contact_ids[c]),
                    role,
                });
            }
            Interview {
                id: InterviewId(id),
                application_id: ApplicationId(app_ids[draft.app]),
                ..draft.row
            }
        })
        .collect();
    backup.interviewers = interviewers;
    backup
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;
    use std::sync::OnceLock;

    fn now() -> Timestamp {
        "2026-11-25T10:15:30.250Z".parse().unwrap()
    }

    /// The large search, made once and shared by the tests that need it.
    fn large() -> &'static Backup {
        static LARGE: OnceLock<Backup> = OnceLock::new();
        LARGE.get_or_init(|| generate(&Size::LARGE, 42, now()))
    }

    fn small() -> Backup {
        generate(&Size::SMALL, 7, now())
    }

    #[test]
    fn the_same_seed_gives_the_same_search() {
        assert_eq!(small(), small());
        assert_ne!(small(), generate(&Size::SMALL, 8, now()));
        let later = now()
            .checked_add(jiff::SignedDuration::from_hours(1))
            .unwrap();
        assert_ne!(small(), generate(&Size::SMALL, 7, later));
    }

    #[test]
    fn counts_match_the_size() {
        for (size, backup) in [(Size::SMALL, &small()), (Size::LARGE, large())] {
            assert_eq!(backup.companies.len(), size.companies);
            assert_eq!(backup.applications.len(), size.applications);
            assert_eq!(backup.interviews.len(), size.interviews);
            assert_eq!(backup.contacts.len(), size.contacts);
            assert_eq!(backup.resumes.len(), 3);
        }
        let empty = generate(
            &Size {
                companies: 0,
                applications: 0,
                interviews: 0,
                contacts: 0,
            },
            1,
            now(),
        );
        assert!(empty.companies.is_empty() && empty.application_events.is_empty());
        empty.check().unwrap();
        let tiny = generate(
            &Size {
                companies: 1,
                applications: 1,
                interviews: 3,
                contacts: 1,
            },
            1,
            now(),
        );
        assert_eq!(tiny.interviews.len(), 3);
        tiny.check().unwrap();
    }

    #[test]
    fn the_backup_passes_its_own_check_and_round_trips_as_json() {
        small().check().unwrap();
        large().check().unwrap();
        let json = serde_json::to_string(&small()).unwrap();
        let back: Backup = serde_json::from_str(&json).unwrap();
        assert_eq!(back, small());
    }

    #[test]
    fn ids_run_from_one_in_order() {
        let b = large();
        let ids = |v: Vec<i64>| assert!(v.iter().copied().eq(1..=v.len() as i64));
        ids(b.companies.iter().map(|c| c.id.0).collect());
        ids(b.applications.iter().map(|a| a.id.0).collect());
        ids(b.application_events.iter().map(|e| e.id.0).collect());
        ids(b.contacts.iter().map(|c| c.id.0).collect());
        ids(b.interviews.iter().map(|i| i.id.0).collect());
        ids(b.resumes.iter().map(|r| r.id.0).collect());
        // Creation order is id order, as a store would have numbered them.
        assert!(
            b.applications
                .windows(2)
                .all(|w| w[0].created_at <= w[1].created_at)
        );
        assert!(
            b.interviews
                .windows(2)
                .all(|w| w[0].created_at <= w[1].created_at)
        );
    }

    #[test]
    fn statuses_follow_the_funnel() {
        let b = large();
        let n = b.applications.len() as f64;
        for (status, pct) in FUNNEL {
            let share =
                b.applications.iter().filter(|a| a.status == status).count() as f64 / n * 100.0;
            assert!(
                (share - pct as f64).abs() < 1.0,
                "{status}: {share:.1}% instead of about {pct}%"
            );
        }
    }

    #[test]
    fn every_history_is_legal_and_ends_at_the_status() {
        for b in [&small(), large()] {
            let mut by_app: HashMap<ApplicationId, Vec<&ApplicationEvent>> = HashMap::new();
            for e in &b.application_events {
                by_app.entry(e.application_id).or_default().push(e);
            }
            for app in &b.applications {
                let events = &by_app[&app.id];
                assert_eq!(events[0].from_status, None, "{app:?}");
                assert_eq!(events[0].at, app.created_at);
                for pair in events.windows(2) {
                    let (before, after) = (pair[0], pair[1]);
                    assert_eq!(after.from_status, Some(before.to_status));
                    assert!(!after.forced);
                    before.to_status.check_transition(after.to_status).unwrap();
                    assert!(before.at < after.at, "{before:?} {after:?}");
                }
                let last = events.last().unwrap();
                assert_eq!(last.to_status, app.status);
                assert_eq!(last.at, app.status_changed_at);
                assert!(app.status_changed_at <= now());
            }
        }
    }

    #[test]
    fn names_and_emails_are_unique_ignoring_case() {
        let b = large();
        let mut names = HashSet::new();
        for c in &b.companies {
            assert!(
                names.insert(c.name.as_str().to_lowercase()),
                "{} twice",
                c.name
            );
        }
        let mut emails = HashSet::new();
        for c in b.contacts.iter().filter_map(|c| c.email.as_ref()) {
            assert!(emails.insert(c.as_str().to_lowercase()), "{c} twice");
        }
        let share = emails.len() as f64 / b.contacts.len() as f64;
        assert!((0.35..0.45).contains(&share), "{share}");
    }

    #[test]
    fn instants_are_whole_seconds_and_in_the_past_unless_scheduled() {
        let b = large();
        let now = whole_seconds(now());
        let two_years_ago = now - jiff::SignedDuration::from_hours(24 * 740);
        let mut all = Vec::new();
        all.extend(b.companies.iter().map(|c| c.created_at));
        all.extend(b.contacts.iter().map(|c| c.created_at));
        all.extend(
            b.applications
                .iter()
                .flat_map(|a| [a.created_at, a.status_changed_at]),
        );
        all.extend(b.application_events.iter().map(|e| e.at));
        all.extend(b.interviews.iter().map(|i| i.created_at));
        for t in all {
            assert_eq!(t, whole_seconds(t));
            assert!(t <= now && t > two_years_ago, "{t}");
        }
        let in_two_weeks = now + jiff::SignedDuration::from_hours(24 * 14);
        for i in &b.interviews {
            assert_eq!(i.starts_at, whole_seconds(i.starts_at));
            let minutes = (i.ends_at - i.starts_at).as_secs() / 60;
            assert!((30..=90).contains(&minutes), "{i:?}");
            match i.status {
                InterviewStatus::Scheduled => {
                    assert!(i.starts_at > now && i.starts_at <= in_two_weeks, "{i:?}")
                }
                _ => assert!(i.ends_at <= now, "{i:?}"),
            }
        }
    }

    #[test]
    fn interviews_are_consistent_rounds_with_people() {
        let b = large();
        let apps: HashMap<ApplicationId, &Application> =
            b.applications.iter().map(|a| (a.id, a)).collect();
        let reached: HashSet<ApplicationId> = b
            .application_events
            .iter()
            .filter(|e| e.to_status == ApplicationStatus::Interviewing)
            .map(|e| e.application_id)
            .collect();
        let mut rounds: HashMap<ApplicationId, Vec<&Interview>> = HashMap::new();
        for i in &b.interviews {
            assert!(reached.contains(&i.application_id), "{i:?}");
            rounds.entry(i.application_id).or_default().push(i);
        }
        let mut upcoming = 0;
        for (app, list) in &rounds {
            assert!(
                list.iter().map(|i| i.round).eq(1..=list.len() as i64),
                "{app}"
            );
            assert_eq!(list[0].kind, InterviewKind::PhoneScreen);
            assert!(
                list.windows(2).all(|w| w[0].ends_at < w[1].starts_at),
                "{app}"
            );
            assert!(list[0].starts_at > apps[app].created_at);
            if list.iter().any(|i| i.status == InterviewStatus::Scheduled) {
                assert_eq!(apps[app].status, ApplicationStatus::Interviewing);
                upcoming += 1;
            }
        }
        assert!(
            upcoming > 100,
            "{upcoming} applications have an interview coming up"
        );
        // Nearly all rounds fall in office hours on a weekday, in their zone;
        // the few others kept their planned time to stay in order.
        let offsets: HashMap<&str, i64> = REGIONS
            .iter()
            .flat_map(|r| r.offices.iter().map(|(_, zone, offset)| (*zone, *offset)))
            .collect();
        let in_office_hours = b
            .interviews
            .iter()
            .filter(|i| {
                let local = i.starts_at.as_second() + offsets[i.time_zone.as_str()] * HOUR;
                let weekday = (local.div_euclid(DAY) - 2).rem_euclid(7) >= 2;
                weekday && (9 * HOUR..17 * HOUR).contains(&local.rem_euclid(DAY))
            })
            .count();
        assert!(
            in_office_hours * 100 > b.interviews.len() * 97,
            "{in_office_hours}"
        );
        let zones: HashSet<&str> = b.interviews.iter().map(|i| i.time_zone.as_str()).collect();
        assert!(
            zones.len() > 5 && zones.contains("Europe/Berlin"),
            "{zones:?}"
        );

        let mut pairs = HashSet::new();
        let mut per_interview: HashMap<InterviewId, usize> = HashMap::new();
        let contacts: HashMap<ContactId, &Contact> = b.contacts.iter().map(|c| (c.id, c)).collect();
        let interviews: HashMap<InterviewId, &Interview> =
            b.interviews.iter().map(|i| (i.id, i)).collect();
        let mut at_company = 0;
        for i in &b.interviewers {
            assert!(pairs.insert((i.interview_id, i.contact_id)), "{i:?} twice");
            *per_interview.entry(i.interview_id).or_default() += 1;
            let contact = contacts[&i.contact_id];
            let interview = interviews[&i.interview_id];
            assert!(contact.created_at <= interview.created_at);
            if contact.company_id == Some(apps[&interview.application_id].company_id) {
                at_company += 1;
            }
        }
        assert!(
            b.interviewers
                .windows(2)
                .all(|w| w[0].interview_id <= w[1].interview_id)
        );
        assert_eq!(
            per_interview.len(),
            b.interviews.len(),
            "every interview has someone on it"
        );
        assert!(per_interview.values().all(|n| (1..=3).contains(n)));
        assert!(
            at_company * 10 > b.interviewers.len() * 9,
            "{at_company} of {}",
            b.interviewers.len()
        );
    }

    #[test]
    fn contacts_and_applications_look_lived_in() {
        let b = large();
        let n = b.contacts.len() as f64;
        let share = |k: usize| k as f64 / n;
        let recruiters = b
            .contacts
            .iter()
            .filter(|c| c.tags.iter().any(|t| t.as_str() == "recruiter"))
            .count();
        assert!(
            (0.06..0.10).contains(&share(recruiters)),
            "{}",
            share(recruiters)
        );
        let at_company = b.contacts.iter().filter(|c| c.company_id.is_some()).count();
        assert!(
            (0.55..0.65).contains(&share(at_company)),
            "{}",
            share(at_company)
        );
        let apps = b.applications.len() as f64;
        let with_resume = b
            .applications
            .iter()
            .filter(|a| a.resume_id.is_some())
            .count() as f64
            / apps;
        assert!((0.25..0.35).contains(&with_resume), "{with_resume}");
        for a in &b.applications {
            if let Some(s) = &a.salary {
                assert!(s.min <= s.max || s.max.is_none(), "{s:?}");
            }
            assert!(a.created_at <= a.status_changed_at);
        }
        let companies: HashMap<CompanyId, &Company> =
            b.companies.iter().map(|c| (c.id, c)).collect();
        assert!(
            b.applications
                .iter()
                .all(|a| companies[&a.company_id].created_at <= a.created_at)
        );
        assert_eq!(b.profile.skills.len(), 10);
        assert_eq!(b.profile.time_zone.as_deref(), Some("Europe/Berlin"));
    }
}
