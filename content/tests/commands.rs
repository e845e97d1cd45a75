//! The `naitei-content` commands, run the way a content author or a developer would.

use std::path::Path;
use std::process::Command;

fn run(args: &[&str]) -> (bool, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_naitei-content")).args(args).output().expect("the command runs");
    (out.status.success(), format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr)))
}

/// Copies the built-in content directory so a test can break it.
fn copy_content(to: &Path) {
    fn copy(from: &Path, to: &Path) {
        std::fs::create_dir_all(to).unwrap();
        for e in std::fs::read_dir(from).unwrap() {
            let p = e.unwrap().path();
            let target = to.join(p.file_name().unwrap());
            if p.is_dir() {
                copy(&p, &target);
            } else {
                std::fs::copy(&p, &target).unwrap();
            }
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for sub in ["bank", "text"] {
        copy(&root.join(sub), &to.join(sub));
    }
}

fn scratch(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("naitei-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

#[test]
fn check_prints_the_counts_of_a_valid_bank() {
    let (ok, out) = run(&["check"]);
    assert!(ok, "{out}");
    assert!(out.contains("content ok:") && out.contains("items per area:") && out.contains("languages: en"), "{out}");
}

#[test]
fn check_names_file_line_and_fix_for_each_problem() {
    let dir = scratch("broken");
    copy_content(&dir);
    let items = dir.join("bank/items/etiquette.toml");
    let text = std::fs::read_to_string(&items)
        .unwrap()
        .replace("{ id = \"ten_early\", credit = 1.0 }", "{ id = \"ten_early\", credit = 1.4 }");
    std::fs::write(&items, text).unwrap();
    let ja = dir.join("text/ja/items/etiquette.toml");
    let text = std::fs::read_to_string(&ja).unwrap().replace("option.ten_early.why", "option.ten_erly.why");
    std::fs::write(&ja, text).unwrap();

    let (ok, out) = run(&["check", dir.to_str().unwrap()]);
    assert!(!ok);
    assert!(
        out.contains("bank/items/etiquette.toml:") && out.contains("credit 1.4") && out.contains("from 0 to 1"),
        "{out}"
    );
    assert!(
        out.contains("text/ja/items/etiquette.toml") && out.contains("lack `item.arrival_onsite.option.ten_early.why`"),
        "{out}"
    );
    assert!(out.contains("The English text is in text/en/items/etiquette.toml line"), "{out}");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn a_toml_typo_is_reported_with_its_line() {
    let dir = scratch("typo");
    copy_content(&dir);
    let modules = dir.join("bank/modules.toml");
    let text = std::fs::read_to_string(&modules).unwrap().replacen("minutes = 30", "minuts = 30", 1);
    std::fs::write(&modules, text).unwrap();
    let (ok, out) = run(&["check", dir.to_str().unwrap()]);
    assert!(!ok);
    assert!(out.contains("bank/modules.toml:") && out.contains("minuts"), "{out}");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn items_lists_ids_and_texts_in_the_language_asked() {
    let (ok, out) = run(&["items", "--lang", "ja"]);
    assert!(ok, "{out}");
    let items: serde_json::Value = serde_json::from_str(&out).unwrap();
    let first = &items[0];
    assert!(first["id"].is_string() && first["prompt"].as_str().unwrap().chars().any(|c| c > '\u{3000}'));
}

#[test]
fn evaluate_prints_the_report_and_plan_for_a_file() {
    let dir = scratch("eval");
    std::fs::create_dir_all(&dir).unwrap();
    let input = dir.join("answers.json");
    std::fs::write(&input, r#"{"profile":{"format":"onsite","next_stage":"first_interview"},"answers":{"arrival_onsite":"on_the_dot","ghost":"x"}}"#).unwrap();
    let (ok, out) = run(&["evaluate", input.to_str().unwrap(), "--today", "2026-11-21"]);
    assert!(ok, "{out}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["report"]["flags"][0]["check"], "arrives_on_the_dot");
    assert_eq!(v["report"]["ignored"][0]["item"], "ghost");
    assert_eq!(v["plan"]["start"], "2026-11-21");
    let (ok, out) = run(&["evaluate", input.to_str().unwrap(), "--today", "21/11/2026"]);
    assert!(!ok && out.contains("YYYY-MM-DD"), "{out}");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn pack_output_is_a_valid_pack_that_check_pack_accepts() {
    let dir = scratch("pack");
    std::fs::create_dir_all(&dir).unwrap();
    let (ok, out) = run(&["pack"]);
    assert!(ok);
    let file = dir.join("pack.json");
    std::fs::write(&file, out).unwrap();
    let (ok, out) = run(&["check-pack", file.to_str().unwrap()]);
    assert!(ok && out.contains("content ok"), "{out}");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn evaluate_gives_the_same_json_as_the_library_with_the_same_coaches() {
    // One set of numbers everywhere: the command line scores free text with the
    // built-in coaches, as the widget and the JS API do.
    let content = naitei_content::content();
    let coaches = naitei_content::coaches();
    let profile = naitei_core::Profile { next_stage: naitei_core::Stage::Final, ..naitei_core::Profile::default() };
    let mut answers = serde_json::Map::new();
    for item in content.bank.items.iter().filter(|i| i.when.matches(&profile)) {
        let value = match &item.kind {
            naitei_core::bank::ItemKind::Text { .. } => serde_json::json!({
                "text": "In my last project the build took 20 minutes. I added caching, and it dropped to 6 minutes."
            }),
            naitei_core::bank::ItemKind::Likert { .. } => serde_json::json!(2),
            naitei_core::bank::ItemKind::Multi(o) => serde_json::json!([o[0].id]),
            naitei_core::bank::ItemKind::BestWorst(o) => serde_json::json!({ "best": o[1].id, "worst": o[0].id }),
            naitei_core::bank::ItemKind::Single(o) => serde_json::json!(o[o.len() - 1].id),
        };
        answers.insert(item.id.clone(), value);
    }
    let input = serde_json::json!({ "profile": profile, "answers": answers });
    let dir = scratch("evaluate");
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("input.json");
    std::fs::write(&file, input.to_string()).unwrap();
    let (ok, out) = run(&["evaluate", file.to_str().unwrap(), "--today", "2026-11-21"]);
    assert!(ok, "{out}");
    let today = "2026-11-21".parse().unwrap();
    let library = naitei_core::evaluate_json(
        &content.bank,
        &profile,
        &serde_json::Value::Object(answers),
        &naitei_core::Config::with(today, &coaches),
    );
    assert_eq!(out, serde_json::to_string_pretty(&library).unwrap() + "\n", "byte for byte");
    assert!(!library.report.findings.is_empty(), "free text was scored by the coaches");
}
