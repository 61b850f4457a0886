import CLibFuzzer
import Foundation

/// libFuzzer's entry point: the target is chosen by DRAGOMAN_FUZZ_TARGET.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    FuzzEntry.target.run(Data(bytes: bytes, count: count))
    return 0
}

enum FuzzEntry {
    static let target: FuzzTarget = {
        let name = ProcessInfo.processInfo.environment["DRAGOMAN_FUZZ_TARGET"] ?? ""
        guard let target = FuzzTarget(rawValue: name) else {
            let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
            FileHandle.standardError.write(Data("dragoman-fuzz: set DRAGOMAN_FUZZ_TARGET to one of \(names)\n".utf8))
            exit(2)
        }
        return target
    }()
}

#if DRAGOMAN_LIBFUZZER
    /// SwiftPM links an executable's `main` to this name; with libFuzzer, it hands over to the driver.
    @_cdecl("dragoman_fuzz_main")
    public func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
        var count = argc
        var arguments = argv
        return LLVMFuzzerRunDriver(&count, &arguments) { bytes, size in
            guard let bytes else { return 0 }
            return fuzzOneInput(bytes, size)
        }
    }
#endif

// Built without libFuzzer (the normal build), the same targets replay files: the seed corpora
// and every input a fuzzing run once found, as regression tests.
#if !DRAGOMAN_LIBFUZZER
    @main
    enum Replay {
        static func main() {
            let files = CommandLine.arguments.dropFirst()
            guard !files.isEmpty else {
                FileHandle.standardError.write(Data("usage: DRAGOMAN_FUZZ_TARGET=NAME dragoman-fuzz FILE…\n".utf8))
                exit(2)
            }
            for file in files {
                guard let data = FileManager.default.contents(atPath: file) else {
                    FileHandle.standardError.write(Data("dragoman-fuzz: cannot read \(file)\n".utf8))
                    exit(2)
                }
                FuzzEntry.target.run(data)
            }
            print("\(files.count) input(s) replayed through \(FuzzEntry.target.rawValue)")
        }
    }
#endif
