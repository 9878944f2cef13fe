//! The `factsift` command-line tool. (Being built: see issue 2.)

fn main() {
    let text = std::io::read_to_string(std::io::stdin()).unwrap_or_default();
    let doc = factsift::Extractor::default().extract(&text);
    for e in doc.entities() {
        println!("{}\t{}\t{}", e.entity_type(), e.start, e.text);
    }
}
