//! Checks the built-in bank and compiles it into one JSON pack that the crate
//! embeds. A broken bank sets `cfg(content_broken)`: the widget (built without
//! the `cli` feature) then refuses to compile, while the `naitei-content`
//! command still builds so that `naitei-content check` can list every problem.

#[path = "src/source.rs"]
#[allow(dead_code)]
mod source;

use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    println!("cargo:rerun-if-changed=bank");
    println!("cargo:rerun-if-changed=text");
    println!("cargo:rerun-if-changed=lexicon");
    println!("cargo:rerun-if-changed=src/source.rs");
    println!("cargo::rustc-check-cfg=cfg(content_broken)");
    let files = source::read_dir(root).expect("content/bank and content/text are readable");
    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).to_path_buf();
    match source::check(&files) {
        Ok(checked) => {
            // The whole pack (native tools and tests), and the same split for the widget: the
            // bank as built from it (embedded in the wasm, so the widget neither parses nor
            // checks a pack at start) and its questionnaire alone (the light module's), the
            // coaches' lexicons and one text file per language (both fetched after the first
            // render).
            std::fs::write(out.join("pack.json"), serde_json::to_string(&checked.pack).unwrap()).unwrap();
            let bank = &checked.content.bank;
            std::fs::write(out.join("bank.bin"), postcard::to_allocvec(bank).unwrap()).unwrap();
            std::fs::write(out.join("questionnaire.bin"), postcard::to_allocvec(&bank.questionnaire_only()).unwrap())
                .unwrap();
            std::fs::write(out.join("lexicons.json"), serde_json::to_string(&checked.pack.lexicons).unwrap()).unwrap();
            for (lang, map) in &checked.pack.texts {
                std::fs::write(out.join(format!("texts-{}.json", lang.tag())), serde_json::to_string(map).unwrap())
                    .unwrap();
            }
        }
        Err(diags) => {
            for d in diags.iter().take(20) {
                println!("cargo:warning={d}");
            }
            println!("cargo:warning=the built-in content has {} problem(s); `cargo run -p naitei-content -- check` lists them all", diags.len());
            println!("cargo:rustc-cfg=content_broken");
            for name in
                ["pack.json", "bank.bin", "questionnaire.bin", "lexicons.json", "texts-en.json", "texts-ja.json"]
            {
                std::fs::write(out.join(name), "null").unwrap();
            }
        }
    }
}
