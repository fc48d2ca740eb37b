fn main() {
    std::process::exit(bytemark::run());
}
