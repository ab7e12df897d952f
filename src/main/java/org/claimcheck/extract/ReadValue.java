package org.claimcheck.extract;

import org.claimcheck.value.Value;

/** A candidate's value as read: the kind of claim, the value, and for relative dates how they were resolved. */
record ReadValue(ClaimKind kind, Value value, String resolution) {
}
