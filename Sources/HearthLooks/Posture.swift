/// How a person holds their body in a scene, apart from what they do: a grown-up may read a story standing or
/// sitting on the sofa, comfort a child standing or kneeling to their height.
///
/// A posture exists so a picture can vary its heights (a row of standing people reads as a queue) and put people
/// where the words put them: on a chair, in bed, on the floor.
public enum Posture: String, CaseIterable, Hashable, Sendable {
    case standing, walking, sitting, kneeling, lying
}
