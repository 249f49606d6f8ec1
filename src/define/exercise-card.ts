import { defineElement } from '../internal/define.js';
import { ExerciseCard } from '../components/exercise-card/exercise-card.js';

defineElement('exercise-card', ExerciseCard);

export { ExerciseCard };
