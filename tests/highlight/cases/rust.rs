//! Crate docs
use std::collections::HashMap;
use std::fmt::{self, Display};

/// A page of the site.
#[derive(Debug, Clone, PartialEq)]
pub struct Page<'a> {
    pub title: &'a str,
    tags: Vec<String>,
}

/* plain /* nested */ block */
impl<'a> Display for Page<'a> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({} tags)", self.title, self.tags.len())
    }
}

macro_rules! square {
    ($x:expr) => { $x * $x };
}

async fn load(path: &str) -> Result<Option<u64>, Box<dyn std::error::Error>> {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    let n = 1_000u32 + 0xFF_u32 + 0b1010 + 0o17;
    let x = 2.5e-3f64 + 1. + square!(3) as f64;
    let c = '\n';
    let raw = r#"C:\"raw"\path"#;
    let s = b"bytes\x41\u{1F600}";
    counts.insert("a", 1);
    if let Some(v) = counts.get("a") { println!("{:?} {}", v, n); }
    Ok(Some(n as u64)).map(|o| o).await
}
