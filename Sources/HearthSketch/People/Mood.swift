import HearthLooks

/// How a feeling holds the body: shoulders dropped or raised, the head lowered or tilted, the gaze cast down.
///
/// Lengths are in head heights; the tilt is in radians towards the figure's free side.
struct Mood: Hashable, Sendable {
    var shoulderDrop = 0.0
    var headDrop = 0.0
    var tilt = 0.0
    var gaze = 0.0
    /// Shoulders drawn narrower when they droop or hunch.
    var shoulderWidth = 1.0
    /// How far the face turns away from the free side, in head units (looking aside).
    var turn = 0.0

    init(_ feeling: Feeling, crying: Bool) {
        switch feeling {
        case .happy, .angry: break
        case .sad:
            shoulderDrop = 0.12; headDrop = 0.1; gaze = 0.12; shoulderWidth = 0.92
        case .worried:
            shoulderDrop = 0.04; headDrop = 0.04; tilt = 0.06; gaze = 0.04
        case .scared:
            shoulderDrop = -0.08; headDrop = 0.08; shoulderWidth = 0.93
        case .confused:
            tilt = 0.2
        case .calm:
            shoulderDrop = 0.03; tilt = 0.06
        case .poorly:
            shoulderDrop = 0.08; headDrop = 0.07; tilt = 0.14; gaze = 0.06; shoulderWidth = 0.95
        case .asleep:
            shoulderDrop = 0.06; headDrop = 0.06; tilt = 0.28; gaze = 0.04
        case .loved:
            tilt = 0.12
        case .tired:
            // Slumped: shoulders and head heavy, the head lolling to one side.
            shoulderDrop = 0.12; headDrop = 0.08; tilt = 0.16; gaze = 0.03; shoulderWidth = 0.93
        case .hungry:
            shoulderDrop = 0.04; headDrop = 0.03; tilt = 0.08
        case .brave:
            // Chin up: the face lifted, the head no higher and the shoulders no wider than standing at ease, so
            // the figure takes no more room than any other feeling.
            gaze = -0.05
        case .proud:
            // Head high, tilted back a little.
            gaze = -0.06; tilt = -0.05
        case .lonely:
            // Hunched small, head down.
            shoulderDrop = 0.08; headDrop = 0.09; gaze = 0.1; shoulderWidth = 0.86; turn = 0.12
        case .safe:
            shoulderDrop = 0.02; tilt = 0.1
        }
        if crying && feeling != .sad {
            shoulderDrop = max(shoulderDrop, 0.08); headDrop = max(headDrop, 0.06); gaze = max(gaze, 0.06)
        }
    }
}
