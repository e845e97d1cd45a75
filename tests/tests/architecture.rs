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
    // Read from the parsed source, so `use std::{env, fs}` is caught as well.
    let forbidden = [
        "std::fs",
        "std::net",
        "std::io::stdin",
        "std::io::stdout",
        "std::process",
        "std::env",
        "std::thread",
        "SystemTime",
        "Instant",
        "web_sys",
        "js_sys",
        "wasm_bindgen",
        "yew",
        "gloo",
        "println!",
        "eprintln!",
        "print!",
        "dbg!",
    ];
    let mut offences = Vec::new();
    for file in rust_files("core/src") {
        for (path, line) in paths_in(&file) {
            let hit = forbidden.iter().find(|f| {
                if f.ends_with('!') {
                    path == **f
                } else {
                    path == **f || path.starts_with(&format!("{f}::")) || path.split("::").any(|seg| seg == **f)
                }
            });
            if let Some(f) = hit {
                offences.push(format!("{}:{line}: uses `{f}` (as `{path}`)", file.display()));
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

#[test]
fn the_core_sorts_with_one_routine() {
    // Invariant: stable sorts in naitei-core go through `order` (the sort is compiled once into
    // the wasm, not once per element type and comparator). Tests may sort as they like.
    use syn::visit::Visit;
    const SORTS: [&str; 4] = ["sort", "sort_by", "sort_by_key", "sort_by_cached_key"];
    struct Sorts {
        lines: Vec<usize>,
        test_files: Vec<String>,
    }
    /// `#[test]`, or `#[cfg(test)]` exactly (not `cfg(not(test))`, which is the shipped code).
    fn for_tests(attrs: &[syn::Attribute]) -> bool {
        attrs.iter().any(|a| {
            a.path().is_ident("test")
                || (a.path().is_ident("cfg") && a.meta.require_list().is_ok_and(|l| l.tokens.to_string() == "test"))
        })
    }
    impl<'a> Visit<'a> for Sorts {
        fn visit_item_mod(&mut self, m: &'a syn::ItemMod) {
            if for_tests(&m.attrs) {
                // `#[cfg(test)] mod spec;` keeps its tests in spec.rs: that file is skipped too.
                self.test_files.push(format!("{}.rs", m.ident));
            } else {
                syn::visit::visit_item_mod(self, m);
            }
        }
        fn visit_item_fn(&mut self, f: &'a syn::ItemFn) {
            if !for_tests(&f.attrs) {
                syn::visit::visit_item_fn(self, f);
            }
        }
        fn visit_item_impl(&mut self, i: &'a syn::ItemImpl) {
            if !for_tests(&i.attrs) {
                syn::visit::visit_item_impl(self, i);
            }
        }
        fn visit_impl_item_fn(&mut self, f: &'a syn::ImplItemFn) {
            if !for_tests(&f.attrs) {
                syn::visit::visit_impl_item_fn(self, f);
            }
        }
        fn visit_expr_method_call(&mut self, c: &'a syn::ExprMethodCall) {
            if SORTS.contains(&c.method.to_string().as_str()) {
                self.lines.push(c.method.span().start().line);
            }
            syn::visit::visit_expr_method_call(self, c);
        }
        fn visit_path(&mut self, p: &'a syn::Path) {
            // `<[T]>::sort_by(&mut v, f)` or `Vec::sort`; `order::sort_by` is the way.
            let last = p.segments.last().map(|s| s.ident.to_string()).unwrap_or_default();
            if p.segments.len() > 1 && SORTS.contains(&last.as_str()) && !p.segments.iter().any(|s| s.ident == "order")
            {
                self.lines.push(syn::spanned::Spanned::span(p).start().line);
            }
            syn::visit::visit_path(self, p);
        }
        fn visit_macro(&mut self, m: &'a syn::Macro) {
            // Macro bodies are tokens, not expressions: read them without their spacing.
            let tokens: String = m.tokens.to_string().split_whitespace().collect();
            if SORTS.iter().any(|s| tokens.contains(&format!(".{s}("))) {
                self.lines.push(syn::spanned::Spanned::span(m).start().line);
            }
        }
    }
    let order = root().join("core/src/order.rs");
    let mut found = Vec::new();
    let mut test_files = Vec::new();
    for file in rust_files("core/src") {
        let source = std::fs::read_to_string(&file).unwrap();
        let parsed = syn::parse_file(&source).unwrap_or_else(|e| panic!("{} does not parse: {e}", file.display()));
        let mut sorts = Sorts { lines: Vec::new(), test_files: Vec::new() };
        sorts.visit_file(&parsed);
        let dir = file.parent().unwrap().to_path_buf();
        test_files.extend(sorts.test_files.iter().map(|f| dir.join(f)));
        if file != order {
            found.extend(sorts.lines.into_iter().map(|line| (file.clone(), line)));
        }
    }
    let offences: Vec<String> = found
        .into_iter()
        .filter(|(file, _)| !test_files.contains(file))
        .map(|(file, line)| format!("{}:{line}", file.display()))
        .collect();
    assert!(offences.is_empty(), "sort with naitei_core::order (ARCHITECTURE.md):\n{}", offences.join("\n"));
}

#[test]
fn the_widget_hands_values_to_javascript_with_one_serde_backend() {
    // Invariant: values cross to JavaScript as serde_json text (web/src/plain.rs). A second
    // serde backend would compile every Serialize impl of the report, plan and session twice
    // into the download a candidate waits for.
    let deps = dependencies_of("naitei-web");
    assert!(deps.contains("serde_json"));
    for second in ["serde-wasm-bindgen", "serde-json-wasm"] {
        assert!(!deps.contains(second), "naitei-web must not depend on {second}: use naitei_web::plain::to_js");
    }
}

/// Every path a Rust file names: `use` trees flattened (`use std::{env, fs}`
/// gives `std::env` and `std::fs`), paths in expressions and types, and macro
/// names, each with its line.
fn paths_in(file: &std::path::Path) -> Vec<(String, usize)> {
    use syn::visit::Visit;
    struct Paths(Vec<(String, usize)>);
    fn flatten(prefix: &str, tree: &syn::UseTree, line: usize, out: &mut Vec<(String, usize)>) {
        let join = |name: &str| if prefix.is_empty() { name.to_owned() } else { format!("{prefix}::{name}") };
        match tree {
            syn::UseTree::Path(p) => flatten(&join(&p.ident.to_string()), &p.tree, line, out),
            syn::UseTree::Name(n) => out.push((join(&n.ident.to_string()), line)),
            syn::UseTree::Rename(r) => out.push((join(&r.ident.to_string()), line)),
            syn::UseTree::Glob(_) => out.push((join("*"), line)),
            syn::UseTree::Group(g) => g.items.iter().for_each(|t| flatten(prefix, t, line, out)),
        }
    }
    fn text(path: &syn::Path) -> String {
        path.segments.iter().map(|s| s.ident.to_string()).collect::<Vec<_>>().join("::")
    }
    impl<'a> Visit<'a> for Paths {
        fn visit_item_use(&mut self, u: &'a syn::ItemUse) {
            let line = syn::spanned::Spanned::span(u).start().line;
            flatten("", &u.tree, line, &mut self.0);
        }
        fn visit_path(&mut self, p: &'a syn::Path) {
            let line = syn::spanned::Spanned::span(p).start().line;
            self.0.push((text(p), line));
            syn::visit::visit_path(self, p);
        }
        fn visit_macro(&mut self, m: &'a syn::Macro) {
            let line = syn::spanned::Spanned::span(m).start().line;
            self.0.push((format!("{}!", text(&m.path)), line));
        }
    }
    let source = std::fs::read_to_string(file).unwrap();
    let parsed = syn::parse_file(&source).unwrap_or_else(|e| panic!("{} does not parse: {e}", file.display()));
    let mut v = Paths(Vec::new());
    v.visit_file(&parsed);
    v.0
}

/// The `.rs` files under a folder of the workspace.
fn rust_files(dir: &str) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![root().join(dir)];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

#[test]
fn the_widget_calls_no_scoring_rule_only_the_evaluation_and_the_views() {
    // Invariant: no scoring or navigation rule lives in web. The widget asks
    // core for an evaluation (app, hooks, JS API) and for ready-made views
    // (`present`); it never computes credits, flags, limits or plans itself,
    // and components do not evaluate at all.
    let scoring = [
        "score::",
        "weighted_mean",
        "flags::flags",
        "report::limit",
        "report::report",
        "plan::plan",
        "plan::priorities",
        "Verdict::of",
        "Limit::cap_for",
    ];
    let mut offences = Vec::new();
    for file in rust_files("web/src") {
        let component = file.components().any(|c| c.as_os_str() == "components");
        for (path, line) in paths_in(&file) {
            let scoring_rule = scoring.iter().any(|s| path.contains(s));
            let evaluates = component && (path == "evaluate" || path.ends_with("::evaluate"));
            if scoring_rule || evaluates {
                offences.push(format!("{}:{line}: `{path}`", file.display()));
            }
        }
    }
    assert!(
        offences.is_empty(),
        "the widget must leave scoring to core (ARCHITECTURE.md): use the evaluation or a `present` view instead:\n{}",
        offences.join("\n")
    );
}

#[test]
fn the_purity_check_reads_use_trees() {
    // The checker itself: `use std::{env, fs}` names std::env and std::fs.
    let dir = std::env::temp_dir().join(format!("naitei-arch-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("sample.rs");
    std::fs::write(
        &file,
        "use std::{env, fs as files};\nfn f() { let _ = std::time::SystemTime::now(); println!(); }\n",
    )
    .unwrap();
    let paths: Vec<String> = paths_in(&file).into_iter().map(|(p, _)| p).collect();
    for expected in ["std::env", "std::fs", "std::time::SystemTime::now", "println!"] {
        assert!(paths.iter().any(|p| p == expected), "{expected} not in {paths:?}");
    }
}

/// The example in core/README.md is what the library gives today: its input
/// scores as the trimmed output says (answered count, overall score, flags).
#[test]
fn the_core_readme_example_matches_the_library() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../core/README.md")).unwrap();
    let example = &readme[readme.find("## Example").expect("an example section")..];
    let blocks: Vec<&str> = example.split("```jsonc\n").skip(1).map(|b| &b[..b.find("\n```").unwrap()]).collect();
    let input: serde_json::Value = serde_json::from_str(blocks[0]).expect("the example input is JSON");
    let profile: naitei_core::Profile = serde_json::from_value(input["profile"].clone()).unwrap();
    let answers = naitei_core::Answers::from_json(&input["answers"]).0;
    let coaches = naitei_content::coaches();
    let e = naitei_core::evaluate(
        &naitei_content::bank(),
        &profile,
        &answers,
        &naitei_core::Config::with("2026-11-21".parse().unwrap(), &coaches),
    );
    let shown = blocks[1];
    assert!(shown.contains(&format!("\"answered\": {},", e.report.answered)), "answered {}", e.report.answered);
    let overall = e.report.overall.map_or("null".to_string(), |o| o.to_string());
    assert!(shown.contains(&format!("\"overall\": {overall},")), "overall {overall}");
    for f in &e.report.flags {
        assert!(shown.contains(&format!("\"check\": \"{}\"", f.check)), "flag {} is in the example", f.check);
    }
}
