//! `naitei-content`: commands for content authors and for checking results.
//!
//! ```text
//! naitei-content check [DIR]            check a content directory (default: the built-in one)
//! naitei-content check-pack FILE        check a JSON content pack, as a host site would send it
//! naitei-content items [--lang ja]      list the bank's items and option ids as JSON
//! naitei-content evaluate FILE          print the report and plan for {"profile":..,"answers":..}
//!                                       (--markdown --lang ja: the Markdown document instead of JSON)
//! naitei-content pack                   print the built-in bank as a JSON content pack
//! naitei-content texts --lang ja        print the texts of one language (the widget's naitei-ja.json;
//!                                       --part first|rest: naitei-ja-first.json, naitei-ja-rest.json)
//! ```

use clap::{Parser, Subcommand};
use naitei_content::source;
use naitei_core::format::{ItemKindDef, Severity};
use naitei_core::{Area, Bank, Config, Content, Date, Lang, Profile};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "naitei-content", about = "Check, list and evaluate Naitei content", version)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check a content directory and print counts, or every problem with its file and line.
    Check {
        /// The content directory (the one holding `bank/` and `text/`).
        #[arg(default_value = concat!(env!("CARGO_MANIFEST_DIR")))]
        dir: PathBuf,
    },
    /// Check a JSON content pack.
    CheckPack {
        /// The pack file.
        file: PathBuf,
    },
    /// List items with their option ids and texts, as JSON.
    Items {
        /// Language of the texts: en or ja.
        #[arg(long, default_value = "en")]
        lang: String,
    },
    /// Evaluate a JSON file `{"profile": {...}, "answers": {...}}` against the built-in bank.
    Evaluate {
        /// The input file (`-` for standard input).
        file: PathBuf,
        /// Today's date (YYYY-MM-DD); defaults to the system date.
        #[arg(long)]
        today: Option<String>,
        /// Print the report and plan as the Markdown document the widget exports
        /// (in the language of `--lang`) instead of JSON.
        #[arg(long)]
        markdown: bool,
        /// Language of the Markdown document: en or ja.
        #[arg(long, default_value = "en")]
        lang: String,
    },
    /// Print the built-in bank as a JSON content pack (a starting point for host packs).
    Pack,
    /// Print the built-in texts of one language as JSON (the widget's `naitei-<lang>.json`); with
    /// `--part`, one of the two files the widget fetches (`naitei-<lang>-first.json`, `-rest.json`).
    Texts {
        /// Language: en or ja.
        #[arg(long)]
        lang: String,
        /// `first` (what the first screens show) or `rest`; every text when left out.
        #[arg(long)]
        part: Option<String>,
    },
    /// Print the coaches' built-in lexicons as JSON (the widget's `naitei-lexicons.json`).
    Lexicons,
}

fn main() -> ExitCode {
    match run(Cli::parse().command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("naitei-content: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(command: Command) -> Result<(), String> {
    match command {
        Command::Check { dir } => {
            let files = source::read_dir(&dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
            match source::check(&files) {
                Ok(checked) => {
                    print_counts(&checked.pack, &checked.content);
                    Ok(())
                }
                Err(diags) => {
                    for d in &diags {
                        println!("{d}");
                    }
                    Err(format!("{} problem(s) in {}", diags.len(), dir.display()))
                }
            }
        }
        Command::CheckPack { file } => {
            let text = std::fs::read_to_string(&file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
            let pack =
                serde_json::from_str(&text).map_err(|e| format!("{} is not a content pack: {e}", file.display()))?;
            // A language the pack has no texts for is a problem too: the widget would show another one.
            let missing = naitei_core::embed::missing_languages(&pack);
            match Bank::build(&pack) {
                Ok(content) if missing.is_empty() => {
                    print_counts(&pack, &content);
                    Ok(())
                }
                result => {
                    let mut problems: Vec<String> =
                        result.err().unwrap_or_default().iter().map(ToString::to_string).collect();
                    problems.extend(missing);
                    for p in &problems {
                        println!("{}: {p}", file.display());
                    }
                    Err(format!("{} problem(s) in {}", problems.len(), file.display()))
                }
            }
        }
        Command::Items { lang } => {
            let lang = Lang::from_tag(&lang).ok_or_else(|| format!("unknown language `{lang}`: use en or ja"))?;
            let content = naitei_content::content();
            let texts = content.texts.get(&lang).ok_or("the built-in bank has no texts in that language")?;
            out(&(serde_json::to_string_pretty(&naitei_core::view::items(&content.bank, texts)).unwrap() + "\n"));
            Ok(())
        }
        Command::Evaluate { file, today, markdown, lang } => {
            let text = if file.as_os_str() == "-" {
                std::io::read_to_string(std::io::stdin()).map_err(|e| e.to_string())?
            } else {
                std::fs::read_to_string(&file).map_err(|e| format!("cannot read {}: {e}", file.display()))?
            };
            let input: serde_json::Value =
                serde_json::from_str(&text).map_err(|e| format!("{} is not JSON: {e}", file.display()))?;
            let profile: Profile = match input.get("profile") {
                Some(p) => serde_json::from_value(p.clone()).map_err(|e| format!("the profile is not valid: {e}"))?,
                None => Profile::default(),
            };
            let today = match today {
                Some(t) => t.parse::<Date>().map_err(|e| e.to_string())?,
                None => system_today(),
            };
            let answers = input.get("answers").cloned().unwrap_or_default();
            let content = naitei_content::content();
            let coaches = naitei_content::coaches();
            let result = naitei_core::evaluate_json(&content.bank, &profile, &answers, &Config::with(today, &coaches));
            if markdown {
                let lang = Lang::from_tag(&lang).ok_or_else(|| format!("unknown language `{lang}`: use en or ja"))?;
                let texts = content.texts.get(&lang).ok_or("the built-in bank has no texts in that language")?;
                let done = Default::default();
                out(&naitei_core::export::to_markdown(&result, &profile, texts, &done));
            } else {
                out(&(serde_json::to_string_pretty(&result).unwrap() + "\n"));
            }
            Ok(())
        }
        Command::Pack => {
            out(&(serde_json::to_string_pretty(&naitei_content::pack()).unwrap() + "\n"));
            Ok(())
        }
        Command::Texts { lang, part } => {
            let lang = Lang::from_tag(&lang).ok_or_else(|| format!("unknown language `{lang}`: use en or ja"))?;
            match part.as_deref() {
                None => out(naitei_content::texts_json(lang)),
                Some("first") => out(&naitei_content::texts_parts_json(lang).0),
                Some("rest") => out(&naitei_content::texts_parts_json(lang).1),
                Some(other) => return Err(format!("unknown part `{other}`: use first or rest")),
            }
            Ok(())
        }
        Command::Lexicons => {
            out(naitei_content::LEXICONS_JSON);
            Ok(())
        }
    }
}

/// Writes to standard output; a closed pipe (`| head`) ends the program quietly.
fn out(text: &str) {
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    if stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush()).is_err() {
        std::process::exit(0);
    }
}

/// Today in UTC, from the system clock (the shell may read the clock; the core may not).
fn system_today() -> Date {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    "1970-01-01".parse::<Date>().unwrap().add_days((secs / 86_400) as i32)
}

fn print_counts(pack: &naitei_core::Pack, content: &Content) {
    let bank = &content.bank;
    println!(
        "content ok: {} sections, {} items, {} checks, {} modules, {} milestones",
        bank.sections.len(),
        bank.items.len(),
        bank.checks.len(),
        bank.modules.len(),
        bank.milestones.len()
    );
    let per_area: Vec<String> = Area::ALL
        .iter()
        .map(|a| format!("{} {}", a.id(), bank.items.iter().filter(|i| *i.weights.get(*a) > 0.0).count()))
        .collect();
    println!("items per area: {}", per_area.join(", "));
    let kinds =
        [ItemKindDef::Single, ItemKindDef::Multi, ItemKindDef::Likert, ItemKindDef::BestWorst, ItemKindDef::Text];
    let per_kind: Vec<String> = kinds
        .iter()
        .map(|k| {
            let n = pack.sections.iter().flat_map(|s| &s.items).filter(|i| i.kind == *k).count();
            format!("{} {n}", serde_json::to_value(k).unwrap().as_str().unwrap())
        })
        .collect();
    println!("items per kind: {}", per_kind.join(", "));
    let per_severity: Vec<String> = Severity::MOST_SERIOUS_FIRST
        .iter()
        .map(|s| format!("{} {}", s.id(), bank.checks.iter().filter(|c| c.severity == *s).count()))
        .collect();
    println!("checks per severity: {}", per_severity.join(", "));
    let quick = bank.items.iter().filter(|i| i.quick).count();
    println!("quick check: {quick} items (the rest of the {} are in the full check)", bank.items.len());
    let langs: Vec<String> = content.texts.iter().map(|(l, t)| format!("{} {} texts", l.tag(), t.0.len())).collect();
    println!("languages: {}", langs.join(", "));
}
