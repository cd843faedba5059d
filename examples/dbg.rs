use quotecheck::parse::pairing::pair_quotes;
use quotecheck::text::Document;
fn main() {
    let t = std::env::args().nth(1).unwrap();
    let d = Document::new(t.replace("\\n", "\n"));
    for p in &d.paragraphs { println!("para {:?} {:?}", p.kind, d.slice(p.span)); }
    let (q, w) = pair_quotes(&d);
    for x in q { println!("{:?} {:?}", x, d.slice(x.content)); }
    println!("{:?}", w);
}
