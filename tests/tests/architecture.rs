//! The invariants of ARCHITECTURE.md, checked. Each test names the invariant it guards.

use naitei_tests::root;
use std::collections::BTreeSet;
use std::process::Command;

/// The normal (non-dev) dependencies a package declares, from `cargo metadata`.
fn dependencies_of(package: &str) -> BTreeSet<String> {
    let out = Command::new(env!("CARGO"))
        .args(["metadata", "--format-version", "1", "--no-deps", "--offline"])
        .current_dir(root())
        .output()
        .expect("cargo metadata runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let meta: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let pkg = meta["packages"].as_array().unwrap().iter().find(|p| p["name"] == package).expect("package exists");
    pkg["dependencies"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["kind"].is_null())
        .map(|d| d["name"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn core_depends_only_on_data_libraries() {
    // Invariant: naitei-core is pure. It knows nothing of the web, Yew, files or the clock.
    let allowed: BTreeSet<String> =
        ["serde", "serde_json", "thiserror", "base64", "crc32fast"].iter().map(|s| s.to_string()).collect();
    let deps = dependencies_of("naitei-core");
    let extra: Vec<_> = deps.difference(&allowed).collect();
    assert!(
        extra.is_empty(),
        "naitei-core gained {extra:?}. The core must stay pure (see ARCHITECTURE.md): put I/O, web or clock code in naitei-web or naitei-content."
    );
}

#[test]
fn core_source_does_no_io_and_reads_no_clock() {
    // Invariant: no I/O, no clock, no environment in naitei-core, even through std.
    let forbidden = [
        "std::fs",
        "std::net",
        "std::io::stdin",
        "std::process",
        "std::env",
        "SystemTime",
        "Instant::now",
        "web_sys",
        "js_sys",
        "wasm_bindgen",
        "yew",
        "println!",
        "eprintln!",
    ];
    let mut offences = Vec::new();
    let mut stack = vec![root().join("core/src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                for (n, line) in text.lines().enumerate() {
                    if line.trim_start().starts_with("//") {
                        continue;
                    }
                    for f in forbidden {
                        if line.contains(f) {
                            offences.push(format!("{}:{}: uses `{f}`", path.display(), n + 1));
                        }
                    }
                }
            }
        }
    }
    assert!(offences.is_empty(), "naitei-core must stay pure (ARCHITECTURE.md):\n{}", offences.join("\n"));
}

#[test]
fn content_depends_on_core_and_reads_files_only_in_its_command() {
    // Invariant: naitei-content is data plus the authoring command; the widget gets it without TOML or clap.
    let deps = dependencies_of("naitei-content");
    assert!(deps.contains("naitei-core"));
    let manifest = std::fs::read_to_string(root().join("content/Cargo.toml")).unwrap();
    for optional in ["toml = { workspace = true, optional = true }", "clap = { version = \"4\", optional = true"] {
        assert!(
            manifest.contains(optional),
            "`{optional}` must stay optional (cli feature) so the widget does not carry it"
        );
    }
}

#[test]
fn the_web_crate_is_the_only_one_that_knows_the_browser() {
    // Invariant: only naitei-web depends on yew, web-sys, js-sys or wasm-bindgen.
    for package in ["naitei-core", "naitei-content"] {
        let deps = dependencies_of(package);
        for web in ["yew", "web-sys", "js-sys", "wasm-bindgen", "gloo"] {
            assert!(!deps.contains(web), "{package} must not depend on {web}");
        }
    }
    assert!(dependencies_of("naitei-web").contains("yew"));
}
