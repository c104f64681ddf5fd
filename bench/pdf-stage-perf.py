#!/usr/bin/env python3
"""CPU time of the PDF-writing stage per build, by kind of work, from a `perf record -g` of native briefc builds.

    perf record -F 4999 -g -o OUT.data -- sh -c 'for i in $(seq 20); do briefc build X --format pdf --force >/dev/null; done'
    perf script -i OUT.data -F comm,tid,ip,sym > OUT.txt
    python3 bench/pdf-stage-perf.py OUT.txt 4999 20

A sample counts for the stage when its stack holds PdfDocumentWriter.WriteFile (the writing thread) or a
PdfObjectWriter compression or ZlibEncoderPool.Compress without it (a long stream compressed on the thread pool). perf counts on-CPU time only,
so the figures hold on a busy machine; they are CPU, not wall time. Symbols come from briefc.dbg, which
`dotnet publish` leaves in src/Briefc/bin/Release/net10.0/linux-x64/native/: copy it beside the published briefc.
"""
import collections
import sys


def stacks(lines):
    """(header, frames) per sample of `perf script` output: frames leaf first, each as its symbol."""
    header, frames = None, []
    for line in lines:
        line = line.rstrip("\n")
        if not line.strip():
            if header is not None:
                yield header, frames
            header, frames = None, []
        elif header is None:
            header = line
        else:
            parts = line.strip().split(" ", 1)
            frames.append(parts[1].split("+")[0] if len(parts) > 1 else "?")
    if header is not None:
        yield header, frames


def kind(stack):
    """The kind of work a stage sample does, by the frames on its stack (checked in this order)."""
    if "WKS::" in stack or "gc_heap" in stack:
        return "garbage collection"
    if "Compression_ZlibEncoder" in stack or "Compression_Adler32" in stack:
        return "Deflate: our encoder (Compression/)"
    if "CompressionNative_DeflateInit2_" in stack:
        return "zlib: deflateInit (state allocated and zeroed)"
    if "CompressionNative_Deflate" in stack or "deflate" in stack:
        return "zlib: deflate"
    if "FontSubsetter" in stack or "hb_subset" in stack:
        return "font subsetting (hb-subset)"
    if "PdfContentBuilder" in stack or "GlyphTextAssignment" in stack:
        return "content streams"
    if "PdfStructureTree" in stack:
        return "structure tree"
    if "PdfFontEmbedding" in stack:
        return "font objects (W, ToUnicode, descriptors)"
    if "PdfObjectWriter" in stack:
        return "object streams, xref, file assembly"
    return "other"


def main():
    if len(sys.argv) != 4:
        sys.exit("usage: pdf-stage-perf.py PERF_SCRIPT.txt SAMPLE_RATE_HZ BUILDS")
    path, rate, builds = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
    per_build = lambda samples: samples / rate / builds * 1000
    by_kind = collections.Counter()
    by_thread = collections.Counter()
    with open(path, errors="replace") as lines:
        for _, frames in stacks(lines):
            stack = " ".join(frames)
            writing = "PdfDocumentWriter__WriteFile" in stack
            # The pool's frames: the writer's compression lambda (runtime zlib), or our encoder pool (native AOT inlines the lambda).
            pooled = not writing and (("PdfObjectWriter" in stack and "Compress" in stack) or "ZlibEncoderPool__Compress" in stack)
            if not (writing or pooled):
                continue
            by_kind[kind(stack)] += 1
            by_thread["writing thread" if writing else "thread pool (long streams' compression)"] += 1
    print(f"PDF-writing stage: {per_build(sum(by_kind.values())):.2f} ms CPU per build")
    for name, samples in by_thread.most_common():
        print(f"  {name:45s} {per_build(samples):8.2f} ms")
    for name, samples in by_kind.most_common():
        print(f"  {name:45s} {per_build(samples):8.2f} ms")


if __name__ == "__main__":
    main()
