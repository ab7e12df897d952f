package org.claimcheck.report;

import java.io.Writer;

/** A writer that keeps nothing and tells its subclass how many characters each write carried. */
abstract class ObservingWriter extends Writer {

    /** Called for every write with the number of characters written. */
    protected abstract void wrote(int length);

    @Override
    public void write(char[] chars, int offset, int length) {
        wrote(length);
    }

    @Override
    public void write(String text, int offset, int length) {
        wrote(length);
    }

    @Override
    public void write(int c) {
        wrote(1);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
