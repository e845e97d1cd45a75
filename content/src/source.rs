//! Reads a content directory (`bank/`, `text/<lang>/` and `lexicon/<lang>.toml`) into a `Pack`, and
//! turns every problem, from a TOML typo to a missing translation, into a
//! diagnostic with a file, a line and what to do.
//!
//! Shared by `build.rs` (which refuses to build a broken bank) and the
//! `naitei-content check` command, so authors see the same messages in both.

use naitei_core::coach::Lexicon;
use naitei_core::format::{Manifest, ModulesFile, Pack, SectionFile};
use naitei_core::{Bank, Content, Lang, Place, Problem};
use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

/// One file of the content directory.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Path relative to the content directory, with `/` separators.
    pub path: String,
    /// The file's text.
    pub text: String,
}

/// A problem in the content directory.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Diagnostic {
    /// File, relative to the content directory.
    pub file: String,
    /// Line number from 1, when known.
    pub line: Option<usize>,
    /// What is wrong and what to do.
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(l) => write!(f, "{}:{}: {}", self.file, l, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

/// Reads every `.toml` file under `root/bank`, `root/text` and `root/lexicon`, in sorted order.
pub fn read_dir(root: &Path) -> std::io::Result<Vec<SourceFile>> {
    fn walk(dir: &Path, root: &Path, out: &mut Vec<SourceFile>) -> std::io::Result<()> {
        let mut entries: Vec<_> = std::fs::read_dir(dir)?.collect::<Result<_, _>>()?;
        entries.sort_by_key(|e| e.path());
        for e in entries {
            let path = e.path();
            if path.is_dir() {
                walk(&path, root, out)?;
            } else if path.extension().is_some_and(|x| x == "toml") {
                let rel = path.strip_prefix(root).unwrap_or(&path);
                let rel = rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
                out.push(SourceFile { path: rel, text: std::fs::read_to_string(&path)? });
            }
        }
        Ok(())
    }
    let mut out = Vec::new();
    for sub in ["bank", "text", "lexicon"] {
        let dir = root.join(sub);
        if dir.is_dir() {
            walk(&dir, root, &mut out)?;
        }
    }
    Ok(out)
}

/// Where each text key was written: file and line.
type Origins = BTreeMap<(Lang, String), (String, usize)>;

/// The checked content, with the pack it was built from.
pub struct Checked {
    /// The pack (what the widget embeds).
    pub pack: Pack,
    /// The validated bank and texts.
    pub content: Content,
}

/// Reads, assembles and validates the files; returns every diagnostic on failure.
pub fn check(files: &[SourceFile]) -> Result<Checked, Vec<Diagnostic>> {
    let mut diags = Vec::new();
    let mut origins = Origins::new();
    let pack = assemble(files, &mut origins, &mut diags);
    if !diags.is_empty() {
        diags.sort();
        return Err(diags);
    }
    match Bank::build(&pack) {
        Ok(content) => Ok(Checked { pack, content }),
        Err(problems) => {
            let mut out: Vec<Diagnostic> = problems.iter().map(|p| locate(p, files, &origins)).collect();
            out.sort();
            out.dedup();
            Err(out)
        }
    }
}

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].bytes().filter(|b| *b == b'\n').count() + 1
}

fn assemble(files: &[SourceFile], origins: &mut Origins, diags: &mut Vec<Diagnostic>) -> Pack {
    let mut pack = Pack { format: naitei_core::format::FORMAT_VERSION, ..Pack::default() };
    let mut saw_manifest = false;
    let mut saw_modules = false;
    for f in files {
        let parts: Vec<&str> = f.path.split('/').collect();
        let toml_error = |e: toml::de::Error| {
            Diagnostic {
            file: f.path.clone(),
            line: e.span().map(|s| line_of(&f.text, s.start)),
            message: format!("{} (Check the spelling of the field and that text is in \"quotes\"; see content/README.md for the fields each entry takes.)", e.message().trim_end_matches('\n')),
        }
        };
        match parts.as_slice() {
            ["bank", "manifest.toml"] => match toml::from_str::<Manifest>(&f.text) {
                Ok(m) => {
                    pack.format = m.format;
                    pack.manifest = m;
                    saw_manifest = true;
                }
                Err(e) => diags.push(toml_error(e)),
            },
            ["bank", "modules.toml"] => match toml::from_str::<ModulesFile>(&f.text) {
                Ok(m) => {
                    pack.modules = m.modules;
                    saw_modules = true;
                }
                Err(e) => diags.push(toml_error(e)),
            },
            ["bank", "items", name] => match toml::from_str::<SectionFile>(&f.text) {
                Ok(s) => {
                    let expected = name.trim_end_matches(".toml");
                    if s.section != expected {
                        diags.push(Diagnostic {
                            file: f.path.clone(),
                            line: Some(1),
                            message: format!("The file is named `{name}` but says `section = \"{}\"`. Name the file after its section: `bank/items/{}.toml`.", s.section, s.section),
                        });
                    }
                    pack.sections.push(s);
                }
                Err(e) => diags.push(toml_error(e)),
            },
            ["lexicon", name] => {
                let tag = name.trim_end_matches(".toml");
                let Some(lang) = Lang::from_tag(tag).filter(|l| l.tag() == tag) else {
                    diags.push(Diagnostic { file: f.path.clone(), line: None, message: format!("`lexicon/{name}` is not a language Naitei knows. Name the file `lexicon/en.toml` or `lexicon/ja.toml`.") });
                    continue;
                };
                match toml::from_str::<Lexicon>(&f.text) {
                    Ok(lex) => {
                        pack.lexicons.insert(lang, lex);
                    }
                    Err(e) => diags.push(Diagnostic {
                        file: f.path.clone(),
                        line: e.span().map(|s| line_of(&f.text, s.start)),
                        message: format!("{} (Each entry is `[[question]]` or `[[answer]]` with `kind = \"...\"` and `patterns = [\"...\"]`; see content/README.md.)", e.message().trim_end_matches('\n')),
                    }),
                }
            }
            ["text", lang, ..] => {
                let Some(lang) = Lang::from_tag(lang).filter(|l| l.tag() == *lang) else {
                    diags.push(Diagnostic { file: f.path.clone(), line: None, message: format!("`text/{lang}` is not a language Naitei knows. Use `text/en` or `text/ja`.") });
                    continue;
                };
                flatten_text(f, lang, &mut pack, origins, diags);
            }
            _ => diags.push(Diagnostic {
                file: f.path.clone(),
                line: None,
                message: "This file is not in a place Naitei reads. Items go in `bank/items/<section>.toml`, texts in `text/<lang>/...`, coach word lists in `lexicon/<lang>.toml`; see content/README.md.".into(),
            }),
        }
    }
    if !saw_manifest {
        diags.push(Diagnostic {
            file: "bank/manifest.toml".into(),
            line: None,
            message: "The manifest is missing. Create `bank/manifest.toml` (see content/README.md).".into(),
        });
    }
    if !saw_modules {
        diags.push(Diagnostic {
            file: "bank/modules.toml".into(),
            line: None,
            message: "The study modules file is missing. Create `bank/modules.toml`.".into(),
        });
    }
    pack
}

/// Flattens a text file's nested tables into dotted keys, remembering each key's line.
fn flatten_text(f: &SourceFile, lang: Lang, pack: &mut Pack, origins: &mut Origins, diags: &mut Vec<Diagnostic>) {
    let doc = match f.text.parse::<toml_edit::ImDocument<String>>() {
        Ok(d) => d,
        Err(e) => {
            diags.push(Diagnostic {
                file: f.path.clone(),
                line: e.span().map(|s| line_of(&f.text, s.start)),
                message: format!("{} (Every text is `key = \"text\"`; put quotes around the text and use \"\"\" for text over several lines.)", e.message().trim_end_matches('\n')),
            });
            return;
        }
    };
    fn walk(
        prefix: &str,
        table: &dyn toml_edit::TableLike,
        f: &SourceFile,
        lang: Lang,
        pack: &mut Pack,
        origins: &mut Origins,
        diags: &mut Vec<Diagnostic>,
    ) {
        for (k, item) in table.iter() {
            let key = if prefix.is_empty() { k.to_owned() } else { format!("{prefix}.{k}") };
            let line = item.span().or_else(|| table.key(k).and_then(|k| k.span())).map(|s| line_of(&f.text, s.start));
            if let Some(t) = item.as_table_like() {
                walk(&key, t, f, lang, pack, origins, diags);
            } else if let Some(s) = item.as_str() {
                if let Some((file, first)) = origins.get(&(lang, key.clone())) {
                    diags.push(Diagnostic {
                        file: f.path.clone(),
                        line,
                        message: format!("`{key}` is already written in {file} line {first}. Keep one of the two."),
                    });
                    continue;
                }
                origins.insert((lang, key.clone()), (f.path.clone(), line.unwrap_or(1)));
                pack.texts.entry(lang).or_default().insert(key, s.to_owned());
            } else {
                diags.push(Diagnostic {
                    file: f.path.clone(),
                    line,
                    message: format!("`{key}` must be text in \"quotes\"."),
                });
            }
        }
    }
    walk("", doc.as_table(), f, lang, pack, origins, diags);
}

/// The file a text key belongs in, by the layout in content/README.md.
fn home_of(key: &str, lang: Lang, files: &[SourceFile]) -> String {
    let l = lang.tag();
    let mut parts = key.split('.');
    match (parts.next(), parts.next()) {
        (Some("module"), _) => format!("text/{l}/modules.toml"),
        (Some("ui"), _) => format!("text/{l}/ui.toml"),
        (Some("coach"), _) => format!("text/{l}/coach.toml"),
        (Some("item" | "check"), Some(id)) => {
            let needle = format!("\"{id}\"");
            files
                .iter()
                .find(|f| f.path.starts_with("bank/items/") && f.text.contains(&needle))
                .map(|f| f.path.replacen("bank/", &format!("text/{l}/"), 1))
                .unwrap_or_else(|| format!("text/{l}/items/"))
        }
        _ => format!("text/{l}/bank.toml"),
    }
}

/// Finds the file and line for a problem from the bank validator.
fn locate(p: &Problem, files: &[SourceFile], origins: &Origins) -> Diagnostic {
    let find_id = |file: &str| -> Option<usize> {
        let id = p.id.as_deref()?;
        let text = &files.iter().find(|f| f.path == file)?.text;
        let needle = format!("\"{id}\"");
        text.find(&needle).map(|at| line_of(text, at))
    };
    let (file, line, extra) = match &p.place {
        Place::Manifest => ("bank/manifest.toml".to_owned(), find_id("bank/manifest.toml"), String::new()),
        Place::Modules => ("bank/modules.toml".to_owned(), find_id("bank/modules.toml"), String::new()),
        Place::Lexicon { lang } => {
            let file = format!("lexicon/{}.toml", lang.tag());
            let line = find_id(&file);
            (file, line, String::new())
        }
        Place::Section(s) => {
            let file = format!("bank/items/{s}.toml");
            let line = find_id(&file);
            (file, line, String::new())
        }
        Place::Text { lang, key } => match origins.get(&(*lang, key.clone())) {
            Some((file, line)) => (file.clone(), Some(*line), String::new()),
            None => match origins.get(&(Lang::En, key.clone())) {
                Some((en_file, en_line)) => (
                    en_file.replacen("text/en/", &format!("text/{}/", lang.tag()), 1),
                    None,
                    format!(" (The English text is in {en_file} line {en_line}.)"),
                ),
                None => (home_of(key, *lang, files), None, String::new()),
            },
        },
    };
    Diagnostic { file, line, message: format!("{}{extra}", p.message) }
}
