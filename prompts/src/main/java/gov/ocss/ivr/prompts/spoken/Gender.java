package gov.ocss.ivr.prompts.spoken;

/**
 * Grammatical gender of a counted noun. Only Albanian numbers agree with it (tre dollarë,
 * tri pagesa); English and Bengali ignore it.
 */
public enum Gender {
    MASCULINE,
    FEMININE
}
