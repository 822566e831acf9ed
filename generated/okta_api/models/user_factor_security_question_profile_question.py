from .._enum import OktaEnum


class UserFactorSecurityQuestionProfileQuestion(OktaEnum):
    """Values of `UserFactorSecurityQuestionProfileQuestion`; an unknown value parses too (see `OktaEnum`)."""

    CHILDHOOD_DREAM_JOB = "childhood_dream_job"
    DISLIKED_FOOD = "disliked_food"
    FAVORITE_ART_PIECE = "favorite_art_piece"
    FAVORITE_BOOK_MOVIE_CHARACTER = "favorite_book_movie_character"
    FAVORITE_MOVIE_QUOTE = "favorite_movie_quote"
    FAVORITE_SECURITY_QUESTION = "favorite_security_question"
    FAVORITE_SPEAKER_ACTOR = "favorite_speaker_actor"
    FAVORITE_SPORTS_PLAYER = "favorite_sports_player"
    FAVORITE_TOY = "favorite_toy"
    FAVORITE_VACATION_LOCATION = "favorite_vacation_location"
    FIRST_AWARD = "first_award"
    FIRST_COMPUTER_GAME = "first_computer_game"
    FIRST_KISS_LOCATION = "first_kiss_location"
    FIRST_MUSIC_PURCHASE = "first_music_purchase"
    FIRST_SPORTS_TEAM_MASCOT = "first_sports_team_mascot"
    FIRST_THING_COOKED = "first_thing_cooked"
    GRANDMOTHER_FAVORITE_DESERT = "grandmother_favorite_desert"
    NAME_OF_FIRST_PLUSH_TOY = "name_of_first_plush_toy"
    NEW_YEARS_TWO_THOUSAND = "new_years_two_thousand"
    PLACE_WHERE_SIGNIFICANT_OTHER_WAS_MET = "place_where_significant_other_was_met"
