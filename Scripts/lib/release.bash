# Sourced by the scripts that make a release build of `unplugged`, so all of them
# build it the same way, and so share one build instead of redoing it for each.
#
# The Swift runtime and Foundation are linked into the program
# (--static-swift-stdlib): the one file runs on a machine without Swift, and it
# starts in about half the time (Scripts/bench-lesson).
release=(-c release --static-swift-stdlib)
