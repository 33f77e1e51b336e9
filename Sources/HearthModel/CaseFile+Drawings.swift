extension CaseFile {
    /// Every child's drawing the case names: the Three Houses interviews' (house by house), then the Fairy/Wizard
    /// sessions' (wish by wish). The one list of what a render reads besides the case, for keeping output off it and
    /// for the editor's private folder of a draft's drawings.
    public var drawingRefs: [DrawingRef] {
        threeHouses.flatMap { interview in House.allCases.compactMap { interview.drawings[$0] } }
            + fairyWizard.flatMap { session in MagicWish.allCases.compactMap { session.drawings[$0] } }
    }
}
